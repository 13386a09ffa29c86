using GameRL.Games.Api;
using GameRL.Games.Batched;
using GameRL.Games.Pommerman;

namespace GameRL.Agents.Episodes;

/// <summary>
/// Plays episodes of a game with one agent per seat. Episode <c>i</c> of a run with seed <c>s</c> uses the seed
/// <see cref="SplitMix64.Derive"/>(s, i): chance outcomes, each agent's random choices and, for seeded games, the start
/// (Pommerman's board) all derive from it, so a run is reproducible episode by episode.
/// </summary>
public sealed class EpisodeRunner
{
    private readonly IGame _game;
    private readonly IReadOnlyList<IAgent> _agents;

    /// <summary>Seats <paramref name="agents"/> (one per player, in seat order) at <paramref name="game"/>.</summary>
    public EpisodeRunner(IGame game, IReadOnlyList<IAgent> agents)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(agents);
        if (agents.Count != game.NumPlayers)
        {
            throw new GameRLException($"{game.Definition.ShortName} has {game.NumPlayers} players but {agents.Count} agents were given");
        }

        _game = game;
        _agents = agents;
    }

    /// <summary>
    /// Plays episode <paramref name="index"/> of the run seeded with <paramref name="runSeed"/>. <paramref name="observe"/>
    /// sees every state with the mover (a player, <see cref="Player.Chance"/> or <see cref="Player.Simultaneous"/>) and the
    /// actions that led to it (null for the initial state).
    /// </summary>
    public EpisodeRecord Play(long runSeed, int index, Action<IState, int, int[]?>? observe = null)
    {
        long seed = SplitMix64.Derive(runSeed, index);
        ulong chance = (ulong)seed;
        long? startSeed = null;
        IState state;
        if (_game is ISeededGame seeded)
        {
            startSeed = (long)(SplitMix64.Next(ref chance) >> 33);
            state = seeded.NewInitialState(startSeed.Value);
        }
        else
        {
            state = _game.NewInitialState();
        }

        for (int p = 0; p < _agents.Count; p++)
        {
            _agents[p].Reset(p, SplitMix64.Derive(seed, p + 1));
        }

        var steps = new List<int[]>();
        observe?.Invoke(state, Player.Invalid, null);
        while (!state.IsTerminal)
        {
            int[] step;
            int mover = state.CurrentPlayer;
            if (state.IsChanceNode)
            {
                step = [SampleChance(state, ref chance)];
                state.ApplyAction(step[0]);
            }
            else if (state.CurrentPlayer == Player.Simultaneous)
            {
                step = new int[_agents.Count];
                for (int p = 0; p < step.Length; p++)
                {
                    step[p] = _agents[p].Act(state, p);
                }

                state.ApplyActions(step);
            }
            else
            {
                int player = state.CurrentPlayer;
                step = [_agents[player].Act(state, player)];
                state.ApplyAction(step[0]);
            }

            steps.Add(step);
            observe?.Invoke(state, mover, step);
        }

        return new EpisodeRecord(index, seed, startSeed, steps, state.Returns(), ResultsOf(state));
    }

    /// <summary>Each player's result where the game defines one (win, loss, tie), else null.</summary>
    public static string[]? ResultsOf(IState state) => state switch
    {
        PommermanState s => [.. Enumerable.Range(0, s.Game.NumPlayers).Select(p => s.Result(p).ToString().ToLowerInvariant())],
        _ => null,
    };

    private static int SampleChance(IState state, ref ulong rng)
    {
        var outcomes = state.ChanceOutcomes();
        double r = SplitMix64.NextDouble(ref rng);
        foreach (var o in outcomes)
        {
            r -= o.Probability;
            if (r < 0)
            {
                return o.Action;
            }
        }

        return outcomes[^1].Action;
    }
}
