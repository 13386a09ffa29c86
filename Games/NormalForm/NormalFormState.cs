using GameRL.Games.Api;

namespace GameRL.Games.NormalForm;

/// <summary>A state of <see cref="NormalFormGame"/> in its turn-based form: the actions chosen so far.</summary>
public sealed class NormalFormState : StateBase
{
    private readonly NormalFormGame _game;

    internal NormalFormState(NormalFormGame game)
        : base(game) => _game = game;

    private NormalFormState(NormalFormState other)
        : base(other) => _game = other._game;

    /// <inheritdoc/>
    public override int CurrentPlayer => History.Count == _game.NumPlayers ? Player.Terminal : History.Count;

    /// <inheritdoc/>
    public override int[] LegalActions() =>
        IsTerminal ? [] : Enumerable.Range(0, _game.Payoffs.NumActions[CurrentPlayer]).ToArray();

    /// <inheritdoc/>
    protected override void DoApplyAction(int action)
    {
    }

    /// <inheritdoc/>
    public override IState Clone() => new NormalFormState(this);

    /// <inheritdoc/>
    public override double[] Returns()
    {
        var r = new double[_game.NumPlayers];
        if (IsTerminal)
        {
            int joint = _game.Payoffs.JointIndex([.. History]);
            for (int p = 0; p < r.Length; p++)
            {
                r[p] = _game.Payoffs[p, joint];
            }
        }

        return r;
    }

    /// <summary>Player p's only information: that it is p's turn (earlier choices are hidden).</summary>
    public override string InformationStateString(int player)
    {
        CheckPlayer(player);
        return $"p{player}";
    }

    /// <inheritdoc/>
    public override string ObservationString(int player) => InformationStateString(player);

    /// <inheritdoc/>
    public override void InformationStateTensor(int player, Span<float> values)
    {
        CheckPlayer(player);
        PrepareTensor(values, _game.NumPlayers);
        values[player] = 1;
    }

    /// <inheritdoc/>
    public override void ObservationTensor(int player, Span<float> values) => InformationStateTensor(player, values);

    /// <inheritdoc/>
    public override string ActionToString(int player, int action) => _game.ActionNames[player][action];

    /// <summary>The chosen actions by name, e.g. <c>Rock Paper</c>.</summary>
    public override string ToString() =>
        string.Join(' ', History.Select((a, p) => _game.ActionNames[p][a]));
}
