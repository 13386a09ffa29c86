namespace GameRL.Agents.Episodes;

/// <summary>The JSON form of a run: the game, the agents by seat, the run seed and every episode's moves and outcome.</summary>
/// <param name="FormatVersion">Always 1.</param>
/// <param name="Game">The canonical game spec.</param>
/// <param name="Agents">Agent names by seat.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Episodes">The episodes in order.</param>
public sealed record ReplayFile(int FormatVersion, string Game, IReadOnlyList<string> Agents, long Seed, IReadOnlyList<ReplayEpisode> Episodes);
