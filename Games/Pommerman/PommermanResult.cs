namespace GameRL.Games.Pommerman;

/// <summary>An agent's result, as the playground's <c>info['result']</c> read from that agent's side.</summary>
public enum PommermanResult
{
    /// <summary>The game is not over.</summary>
    Incomplete,

    /// <summary>The agent (or its team) won.</summary>
    Win,

    /// <summary>Another agent or team won.</summary>
    Loss,

    /// <summary>Nobody won: time ran out, or the last agents died together.</summary>
    Tie,
}
