using GameRL.Games.Api;

namespace GameRL.Games.Pommerman;

/// <summary>
/// A state of <see cref="PommermanGame"/>, one environment of the shared <see cref="PommermanCore"/>. Every non-terminal
/// state is a simultaneous node: apply one action per agent with <see cref="StateBase.ApplyActions"/>. Living agents may take
/// any of the 6 actions, dead ones only Stop. <see cref="Rewards"/> are the playground's rewards of the last step and
/// <see cref="Returns"/> their sums.
/// </summary>
public sealed class PommermanState : StateBase
{
    private readonly PommermanGame _game;
    private readonly PommermanCore _core;
    private readonly double[] _returns;

    internal PommermanState(PommermanGame game, long seed)
        : base(game)
    {
        _game = game;
        _core = new PommermanCore(game.Config, 1);
        _core.Reset(0, seed);
        _returns = new double[game.NumPlayers];
        BoardSeed = seed;
    }

    private PommermanState(PommermanState other)
        : base(other)
    {
        _game = other._game;
        _core = new PommermanCore(_game.Config, 1);
        _core.CopyFrom(other._core, 0, 0);
        _returns = (double[])other._returns.Clone();
        BoardSeed = other.BoardSeed;
    }

    /// <summary>The settings of the game.</summary>
    public PommermanConfig Config => _game.Config;

    /// <summary>The seed the board was generated from.</summary>
    public long BoardSeed { get; }

    /// <summary>Steps played so far (the playground's step_count).</summary>
    public int StepCount => _core.StepCount(0);

    /// <inheritdoc/>
    public override int CurrentPlayer => _core.IsDone(0) ? Player.Terminal : Player.Simultaneous;

    internal PommermanCore Core => _core;

    /// <summary>The visible value of a cell (hidden items are not shown).</summary>
    public PommermanItem Cell(int row, int column) => (PommermanItem)_core.Cell(0, (row * Config.BoardSize) + column);

    /// <summary>An agent's cell (its last one if dead).</summary>
    public (int Row, int Column) AgentPosition(int agent)
    {
        int cell = _core.AgentCell(0, agent);
        return (cell / Config.BoardSize, cell % Config.BoardSize);
    }

    /// <summary>True while the agent lives.</summary>
    public bool IsAlive(int agent) => _core.IsAlive(0, agent);

    /// <summary>Bombs the agent may lay now.</summary>
    public int Ammo(int agent) => _core.Ammo(0, agent);

    /// <summary>The agent's blast strength.</summary>
    public int BlastStrength(int agent) => _core.BlastStrength(0, agent);

    /// <summary>Whether the agent can kick bombs.</summary>
    public bool CanKick(int agent) => _core.CanKick(0, agent);

    /// <summary>The bombs on the board, in the order they were laid.</summary>
    public IReadOnlyList<PommermanBomb> Bombs => [.. Enumerable.Range(0, _core.BombCount(0)).Select(j => _core.Bomb(0, j))];

    /// <summary>The agent's result (Incomplete until the game ends).</summary>
    public PommermanResult Result(int agent)
    {
        CheckPlayer(agent);
        return _core.Result(0, agent);
    }

    /// <summary>Writes the agent's featurized observation (3·N² + 9 floats) whatever tensor the game exposes.</summary>
    public void FeaturizedObservation(int agent, Span<float> values)
    {
        CheckPlayer(agent);
        PrepareTensor(values, Config.FeaturizedSize);
        PommermanEncoder.Encode(_core, 0, agent, values, PommermanObservationKind.Featurized);
    }

    /// <inheritdoc/>
    public override int[] LegalActions(int player)
    {
        CheckPlayer(player);
        return IsTerminal ? [] : _core.IsAlive(0, player) ? [0, 1, 2, 3, 4, 5] : [0];
    }

    /// <summary>The joint actions Σₚ aₚ·6ᵖ of the legal per-player actions (OpenSpiel's flattening), sorted.</summary>
    public override int[] LegalActions()
    {
        if (IsTerminal)
        {
            return [];
        }

        var joint = new List<int> { 0 };
        int scale = 1;
        for (int p = 0; p < NumPlayers; p++)
        {
            int[] mine = LegalActions(p);
            joint = [.. joint.SelectMany(j => mine.Select(a => j + (a * scale)))];
            scale *= 6;
        }

        joint.Sort();
        return [.. joint];
    }

    /// <summary>Decodes a joint action id (as recorded in the history) and applies it.</summary>
    protected override void DoApplyAction(int action)
    {
        Span<int> actions = stackalloc int[NumPlayers];
        for (int p = 0; p < NumPlayers; p++)
        {
            actions[p] = action % 6;
            action /= 6;
        }

        DoApplyActions(actions);
    }

    /// <inheritdoc/>
    protected override void DoApplyActions(ReadOnlySpan<int> actions)
    {
        _core.Step(0, actions);
        for (int p = 0; p < NumPlayers; p++)
        {
            _returns[p] += _core.Reward(0, p);
        }
    }

    /// <inheritdoc/>
    public override IState Clone() => new PommermanState(this);

    /// <inheritdoc/>
    public override double[] Returns() => (double[])_returns.Clone();

    /// <inheritdoc/>
    public override double[] Rewards()
    {
        var r = new double[NumPlayers];
        for (int p = 0; p < NumPlayers; p++)
        {
            r[p] = _core.Reward(0, p);
        }

        return r;
    }

    /// <inheritdoc/>
    public override string ObservationString(int player)
    {
        CheckPlayer(player);
        return PommermanText.Observation(_core, 0, player);
    }

    /// <inheritdoc/>
    public override void ObservationTensor(int player, Span<float> values)
    {
        CheckPlayer(player);
        PrepareTensor(values, Config.ObservationSize);
        PommermanEncoder.Encode(_core, 0, player, values, Config.Observation);
    }

    /// <inheritdoc/>
    public override string ActionToString(int player, int action) =>
        (uint)action < 6 ? ((PommermanAction)action).ToString() : $"joint {action}";

    /// <summary>The board, every agent and every bomb.</summary>
    public override string ToString() => PommermanText.State(_core, 0);
}
