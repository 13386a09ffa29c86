using GameRL.Games.Api;

namespace GameRL.Games.RandomTree;

/// <summary>A state of <see cref="RandomTreeGame"/>: a position in the drawn tree.</summary>
public sealed class RandomTreeState : StateBase
{
    private readonly RandomTreeGame _game;
    private int _node;

    internal RandomTreeState(RandomTreeGame game, int node)
        : base(game)
    {
        _game = game;
        _node = node;
    }

    private RandomTreeState(RandomTreeState other)
        : base(other)
    {
        _game = other._game;
        _node = other._node;
    }

    /// <inheritdoc/>
    public override int CurrentPlayer => _game[_node].Player;

    /// <inheritdoc/>
    public override int[] LegalActions() => Enumerable.Range(0, _game[_node].Children.Length).ToArray();

    /// <inheritdoc/>
    public override ChanceOutcome[] ChanceOutcomes() => IsChanceNode
        ? _game[_node].Probabilities.Select((p, a) => new ChanceOutcome(a, p)).ToArray()
        : base.ChanceOutcomes();

    /// <inheritdoc/>
    protected override void DoApplyAction(int action) => _node = _game[_node].Children[action];

    /// <inheritdoc/>
    public override IState Clone() => new RandomTreeState(this);

    /// <inheritdoc/>
    public override double[] Returns() => IsTerminal ? (double[])_game[_node].Utilities.Clone() : new double[NumPlayers];

    /// <inheritdoc/>
    public override string InformationStateString(int player)
    {
        CheckPlayer(player);
        return _game[_node].Keys[player];
    }

    /// <inheritdoc/>
    public override string ObservationString(int player) => InformationStateString(player);

    /// <inheritdoc/>
    public override string ActionToString(int player, int action) => player == Player.Chance ? $"c{action}" : $"a{action}";

    /// <summary>The moves so far.</summary>
    public override string ToString() => string.Join(' ', History);
}
