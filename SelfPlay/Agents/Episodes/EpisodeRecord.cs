namespace GameRL.Agents.Episodes;

/// <summary>One played episode: how it started, every move, and how it ended.</summary>
/// <param name="Index">Episode number within the run.</param>
/// <param name="Seed">The episode's seed (agents' seeds and chance samples derive from it).</param>
/// <param name="StartSeed">The seed of the initial state of a seeded game (Pommerman's board), else null.</param>
/// <param name="Steps">Each transition's actions: one action at sequential nodes (chance included), one per player at simultaneous ones.</param>
/// <param name="Returns">Each player's return.</param>
/// <param name="Results">Each player's result (win, loss, tie) where the game defines one, else null.</param>
public sealed record EpisodeRecord(int Index, long Seed, long? StartSeed, IReadOnlyList<int[]> Steps, double[] Returns, string[]? Results);
