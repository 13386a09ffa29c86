namespace GameRL.Agents.Episodes;

/// <summary>One episode of a <see cref="ReplayFile"/>.</summary>
/// <param name="Index">Episode number.</param>
/// <param name="Seed">The episode's seed.</param>
/// <param name="StartSeed">The seed of a seeded game's initial state (Pommerman's board), else null.</param>
/// <param name="Steps">Each transition's actions (one, or one per player at simultaneous nodes).</param>
/// <param name="Returns">Each player's return, checked on playback.</param>
/// <param name="Results">Each player's result where the game has them, else null.</param>
public sealed record ReplayEpisode(int Index, long Seed, long? StartSeed, int[][] Steps, double[] Returns, string[]? Results)
{
    /// <summary>The replay form of a played episode.</summary>
    public static ReplayEpisode From(EpisodeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ReplayEpisode(record.Index, record.Seed, record.StartSeed, [.. record.Steps], record.Returns, record.Results);
    }
}
