using GameRL.Games.Api;
using GameRL.Games.Batched;

namespace GameRL.Games.HanabiLite;

/// <summary>
/// B games of <see cref="HanabiLiteGame"/> stepped together (see <see cref="IBatchedEnvironment"/> for the buffer layout and
/// the illegal-action policy). One actor slot per environment: the player to move. A step applies that player's move, lets
/// chance deal (each environment samples from its own stream), and on a finished game records the final score in
/// <see cref="BatchedEnvironmentBase.EpisodeReturns"/> and deals a new game. Rewards are the score change of the move, the
/// same for every player. The deals of a game are drawn, in order, by <c>SplitMix64</c> seeded with its episode seed: a
/// uniform index into the remaining deck (cards in id order, each repeated by its copies left), so the rules API can
/// replay the same deal.
/// </summary>
public sealed class HanabiLiteBatchedEnvironment : BatchedEnvironmentBase
{
    private readonly HanabiLiteGame _game;
    private readonly HanabiLiteCore _core;
    private readonly int _obsSize;
    private readonly int _numMoves;
    private readonly ulong[] _dealRng;

    internal HanabiLiteBatchedEnvironment(HanabiLiteGame game, int batchSize, long seed)
        : base(game, batchSize, 1, game.Config.NumMoves, game.Config.ObservationSize)
    {
        _game = game;
        _core = new HanabiLiteCore(game.Config, batchSize);
        _obsSize = game.Config.ObservationSize;
        _numMoves = game.Config.NumMoves;
        _dealRng = new ulong[batchSize];
        Reset(seed);
    }

    /// <inheritdoc/>
    public override void Step(ReadOnlySpan<int> actions)
    {
        if (actions.Length != BatchSize)
        {
            throw new ArgumentException($"{_game.Spec}: expected {BatchSize} actions (one per environment), got {actions.Length}", nameof(actions));
        }

        for (int e = 0; e < BatchSize; e++)
        {
            if (!_core.IsLegal(e, actions[e]))
            {
                throw IllegalAction(e, actions[e]);
            }
        }

        int p = NumPlayers;
        for (int e = 0; e < BatchSize; e++)
        {
            _core.ApplyMove(e, actions[e]);
            _rewards.AsSpan(e * p, p).Fill(_core.LastReward(e));
            DealUntilDecision(e);
            bool done = _core.IsTerminal(e);
            _dones[e] = done;
            if (done)
            {
                _returns.AsSpan(e * p, p).Fill(_core.Score(e));
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
        long episodeSeed = (long)SplitMix64.Next(ref _streams[e]);
        _episodeSeeds[e] = episodeSeed;
        _dealRng[e] = (ulong)episodeSeed;
        _core.Reset(e);
        DealUntilDecision(e);
        Refresh(e);
    }

    private void DealUntilDecision(int e)
    {
        while (_core.Current(e) == HanabiLiteCore.Chance && !_core.IsTerminal(e))
        {
            _core.Deal(e, _core.SampleCard(e, ref _dealRng[e]));
        }
    }

    private void Refresh(int e)
    {
        int actor = _core.Current(e);
        _actors[e] = actor;
        HanabiLiteEncoder.Encode(_core, e, actor, _observations.AsSpan(e * _obsSize, _obsSize));
        _core.WriteLegalMask(e, _mask.AsSpan(e * _numMoves, _numMoves));
    }

    private ArgumentException IllegalAction(int e, int action)
    {
        var legal = new List<string>();
        for (int a = 0; a < _numMoves; a++)
        {
            if (_mask[(e * _numMoves) + a] != 0)
            {
                legal.Add($"{a} {_game.Config.Move(a)}");
            }
        }

        string name = (uint)action < (uint)_numMoves ? $" {_game.Config.Move(action)}" : " (out of range)";
        return new ArgumentException(
            $"{_game.Spec}: environment {e}, player {_actors[e]}: action {action}{name} is not legal; legal: {string.Join(", ", legal)}. No environment was changed.",
            "actions");
    }
}
