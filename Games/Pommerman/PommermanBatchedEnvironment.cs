using GameRL.Games.Api;
using GameRL.Games.Batched;

namespace GameRL.Games.Pommerman;

/// <summary>
/// B games of <see cref="PommermanGame"/> stepped together (see <see cref="IBatchedEnvironment"/> for the layout and the
/// illegal-action policy). Every agent has an actor slot, dead ones included: their only legal action is Stop (0).
/// A finished game is replaced by a new board drawn from that environment's stream; <see cref="BatchedEnvironmentBase.EpisodeSeeds"/> gives its
/// board seed, which <see cref="PommermanGame.NewInitialState(long)"/> turns into the same start.
/// </summary>
public sealed class PommermanBatchedEnvironment : BatchedEnvironmentBase
{
    private const int Actions = 6;

    private readonly PommermanGame _game;
    private readonly PommermanCore _core;
    private readonly int _a;
    private readonly int _obsSize;
    private readonly float[] _running;

    internal PommermanBatchedEnvironment(PommermanGame game, int batchSize, long seed)
        : base(game, batchSize, game.NumPlayers, Actions, game.Config.ObservationSize)
    {
        _game = game;
        _core = new PommermanCore(game.Config, batchSize);
        _a = game.NumPlayers;
        _obsSize = game.Config.ObservationSize;
        for (int i = 0; i < _actors.Length; i++)
        {
            _actors[i] = i % _a;
        }

        _running = new float[batchSize * _a];
        Reset(seed);
    }

    /// <inheritdoc/>
    public override void Step(ReadOnlySpan<int> actions)
    {
        if (actions.Length != BatchSize * _a)
        {
            throw new ArgumentException($"{_game.Spec}: expected {BatchSize * _a} actions ({_a} per environment), got {actions.Length}", nameof(actions));
        }

        for (int i = 0; i < actions.Length; i++)
        {
            if ((uint)actions[i] >= Actions || _mask[(i * Actions) + actions[i]] == 0)
            {
                int e = i / _a;
                string why = (uint)actions[i] >= Actions ? "is out of range 0..5" : "is not legal: a dead agent can only Stop (0)";
                throw new ArgumentException($"{_game.Spec}: environment {e}, agent {i % _a}: action {actions[i]} {why}. No environment was changed.", nameof(actions));
            }
        }

        for (int e = 0; e < BatchSize; e++)
        {
            _core.Step(e, actions.Slice(e * _a, _a));
            for (int i = 0; i < _a; i++)
            {
                float r = _core.Reward(e, i);
                _rewards[(e * _a) + i] = r;
                _running[(e * _a) + i] += r;
            }

            bool done = _core.IsDone(e);
            _dones[e] = done;
            if (done)
            {
                _running.AsSpan(e * _a, _a).CopyTo(_returns.AsSpan(e * _a, _a));
                StartEpisode(e);
            }
            else
            {
                Refresh(e);
            }
        }
    }

    /// <inheritdoc/>
    protected override void ResetAll()
    {
        Array.Clear(_rewards);
        Array.Clear(_dones);
        Array.Clear(_returns);
        for (int e = 0; e < BatchSize; e++)
        {
            StartEpisode(e);
        }
    }

    private void StartEpisode(int e)
    {
        // Board seeds are kept non-negative so that they are also valid values of the game's seed parameter.
        long seed = (long)(SplitMix64.Next(ref _streams[e]) >> 33);
        _episodeSeeds[e] = seed;
        _core.Reset(e, seed);
        _running.AsSpan(e * _a, _a).Clear();
        Refresh(e);
    }

    private void Refresh(int e)
    {
        var kind = _game.Config.Observation;
        for (int i = 0; i < _a; i++)
        {
            int slot = (e * _a) + i;
            PommermanEncoder.Encode(_core, e, i, _observations.AsSpan(slot * _obsSize, _obsSize), kind);
            var mask = _mask.AsSpan(slot * Actions, Actions);
            if (_core.IsAlive(e, i))
            {
                mask.Fill(1);
            }
            else
            {
                mask.Clear();
                mask[0] = 1;
            }
        }
    }
}
