using System.Text.Json;
using GameRL.Games.Api;
using GameRL.Solvers.Common;

namespace GameRL.Agents.Episodes;

/// <summary>
/// Writes replays atomically and plays them back. Playback rebuilds every state from the game spec and the recorded
/// moves, so a replay whose moves are illegal, or whose final returns differ from the recorded ones, is rejected with a
/// one-line error naming the episode and step.
/// </summary>
public static class ReplayIo
{
    /// <summary>Writes <paramref name="replay"/> to <paramref name="path"/> (temporary file, then rename).</summary>
    public static void Save(ReplayFile replay, string path) =>
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(replay, ReplayJsonContext.Default.ReplayFile));

    /// <summary>Reads and checks the header of a replay file.</summary>
    public static ReplayFile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new GameRLException($"cannot read replay file '{path}': {e.Message}", e);
        }

        ReplayFile? replay;
        try
        {
            replay = JsonSerializer.Deserialize(text, ReplayJsonContext.Default.ReplayFile);
        }
        catch (JsonException e)
        {
            throw new GameRLException($"replay file '{path}' is not valid JSON: {e.Message.ReplaceLineEndings(" ")}", e);
        }

        if (replay is null || replay.FormatVersion != 1 || replay.Game is null || replay.Agents is null || replay.Episodes is null)
        {
            throw new GameRLException($"replay file '{path}' is not a format-1 replay (needs format_version, game, agents, episodes)");
        }

        return replay;
    }

    /// <summary>
    /// Replays <paramref name="episode"/> of <paramref name="game"/>, calling <paramref name="observe"/> with every state, the
    /// mover and the actions that led to it; checks legality and the recorded returns.
    /// </summary>
    public static IState Play(IGame game, ReplayEpisode episode, Action<IState, int, int[]?>? observe = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(episode);
        IState state = episode.StartSeed is long start && game is ISeededGame seeded ? seeded.NewInitialState(start) : game.NewInitialState();
        observe?.Invoke(state, Player.Invalid, null);
        for (int i = 0; i < (episode.Steps?.Length ?? 0); i++)
        {
            int[] step = episode.Steps![i];
            if (state.IsTerminal)
            {
                throw new GameRLException($"replay episode {episode.Index}: the game ended before step {i}");
            }

            int mover = state.CurrentPlayer;
            try
            {
                if (mover == Player.Simultaneous)
                {
                    state.ApplyActions(step);
                }
                else if (step is [int action])
                {
                    state.ApplyAction(action);
                }
                else
                {
                    throw new InvalidOperationException($"expected one action, got {step.Length}");
                }
            }
            catch (InvalidOperationException e)
            {
                throw new GameRLException($"replay episode {episode.Index}, step {i}: {e.Message.ReplaceLineEndings(" ")}", e);
            }

            observe?.Invoke(state, mover, step);
        }

        double[] returns = state.Returns();
        if (!state.IsTerminal || episode.Returns is null || returns.Length != episode.Returns.Length
            || returns.Where((r, p) => Math.Abs(r - episode.Returns[p]) > 1e-9).Any())
        {
            throw new GameRLException(
                $"replay episode {episode.Index} does not reproduce: returns [{string.Join(", ", returns)}]{(state.IsTerminal ? string.Empty : " (not finished)")} vs recorded [{string.Join(", ", episode.Returns ?? [])}]");
        }

        return state;
    }
}
