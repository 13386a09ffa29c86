namespace GameRL.Games.Pommerman;

/// <summary>The playground's game types that Pommerman-lite implements.</summary>
public enum PommermanMode
{
    /// <summary>OneVsOne-v0: 8×8, 2 agents in opposite corners, 16 rigid, 16 wood, 10 items.</summary>
    OneVsOne,

    /// <summary>FFA (PommeFFACompetition-v0): 11×11, 4 agents, 36 rigid, 36 wood, 20 items.</summary>
    Ffa,

    /// <summary>Team (PommeTeam-v0): as FFA, teams {0, 2} and {1, 3} in opposite corners.</summary>
    Team,
}
