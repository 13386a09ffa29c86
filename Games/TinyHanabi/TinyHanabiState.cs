using System.Text;
using GameRL.Games.Api;

namespace GameRL.Games.TinyHanabi;

/// <summary>A state of <see cref="TinyHanabiGame"/>; strings and tensors are OpenSpiel's.</summary>
public sealed class TinyHanabiState : StateBase
{
    private readonly TinyHanabiGame _game;

    internal TinyHanabiState(TinyHanabiGame game)
        : base(game) => _game = game;

    private TinyHanabiState(TinyHanabiState other)
        : base(other) => _game = other._game;

    /// <inheritdoc/>
    public override int CurrentPlayer
    {
        get
        {
            int n = _game.NumPlayers;
            int h = History.Count;
            return h < n ? Player.Chance : h == 2 * n ? Player.Terminal : h - n;
        }
    }

    /// <inheritdoc/>
    public override int[] LegalActions() =>
        IsTerminal ? [] : Enumerable.Range(0, IsChanceNode ? _game.NumChance : _game.NumActions).ToArray();

    /// <inheritdoc/>
    public override ChanceOutcome[] ChanceOutcomes()
    {
        if (!IsChanceNode)
        {
            return base.ChanceOutcomes();
        }

        double p = 1.0 / _game.NumChance;
        return Enumerable.Range(0, _game.NumChance).Select(a => new ChanceOutcome(a, p)).ToArray();
    }

    /// <inheritdoc/>
    protected override void DoApplyAction(int action)
    {
    }

    /// <inheritdoc/>
    public override IState Clone() => new TinyHanabiState(this);

    /// <inheritdoc/>
    public override double[] Returns()
    {
        var r = new double[_game.NumPlayers];
        if (IsTerminal)
        {
            Array.Fill(r, _game.Payoff(History));
        }

        return r;
    }

    /// <inheritdoc/>
    public override string InformationStateString(int player)
    {
        CheckPlayer(player);
        int n = _game.NumPlayers;
        var sb = new StringBuilder().Append('p').Append(player);
        if (History.Count > player)
        {
            sb.Append(":d").Append(History[player]);
        }

        for (int i = n; i < History.Count; i++)
        {
            sb.Append(" p").Append(i - n).Append(":a").Append(History[i]);
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ObservationString(int player) => InformationStateString(player);

    /// <inheritdoc/>
    public override void InformationStateTensor(int player, Span<float> values)
    {
        CheckPlayer(player);
        int n = _game.NumPlayers;
        PrepareTensor(values, _game.NumChance + (_game.NumActions * n));
        if (History.Count > player)
        {
            values[History[player]] = 1;
        }

        for (int i = n; i < History.Count; i++)
        {
            values[_game.NumChance + ((i - n) * _game.NumActions) + History[i]] = 1;
        }
    }

    /// <inheritdoc/>
    public override void ObservationTensor(int player, Span<float> values) => InformationStateTensor(player, values);

    /// <inheritdoc/>
    public override string ActionToString(int player, int action) =>
        player == Player.Chance ? $"d{action}" : $"p{player}a{action}";

    /// <summary>OpenSpiel's description: deals then actions, e.g. <c>p0:d1 p1:d0 p0:a2</c>.</summary>
    public override string ToString()
    {
        int n = _game.NumPlayers;
        var sb = new StringBuilder();
        for (int i = 0; i < n && i < History.Count; i++)
        {
            if (i != 0)
            {
                sb.Append(' ');
            }

            sb.Append('p').Append(i).Append(":d").Append(History[i]);
        }

        for (int i = n; i < History.Count; i++)
        {
            sb.Append(" p").Append(i - n).Append(":a").Append(History[i]);
        }

        return sb.ToString();
    }
}
