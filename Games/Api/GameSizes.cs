namespace GameRL.Games.Api;

/// <summary>The size of a game's tree, for <c>gamerl info</c> and for sizing benchmarks.</summary>
/// <param name="ChanceHistories">Histories where chance moves.</param>
/// <param name="DecisionHistories">Histories where a player moves.</param>
/// <param name="TerminalHistories">Terminal histories.</param>
/// <param name="Infosets">Infosets of each player.</param>
/// <param name="Depth">Moves (chance included) on the longest path.</param>
public sealed record GameSizes(long ChanceHistories, long DecisionHistories, long TerminalHistories, IReadOnlyList<long> Infosets, int Depth)
{
    /// <summary>All histories.</summary>
    public long TotalHistories => ChanceHistories + DecisionHistories + TerminalHistories;
}
