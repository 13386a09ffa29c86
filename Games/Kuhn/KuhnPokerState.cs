using System.Text;
using GameRL.Games.Api;

namespace GameRL.Games.Kuhn;

/// <summary>A state of <see cref="KuhnPokerGame"/>; strings and tensors are OpenSpiel's, character for character.</summary>
public sealed class KuhnPokerState : StateBase
{
    /// <summary>Action id of Pass (check or fold).</summary>
    public const int Pass = 0;

    /// <summary>Action id of Bet (bet or call).</summary>
    public const int Bet = 1;

    private readonly int _n;
    private readonly int[] _cardDealtTo;
    private readonly int[] _ante;
    private int _firstBettor = Player.Invalid;
    private int _winner = Player.Invalid;
    private int _pot;

    internal KuhnPokerState(KuhnPokerGame game)
        : base(game)
    {
        _n = game.NumPlayers;
        _cardDealtTo = new int[_n + 1];
        Array.Fill(_cardDealtTo, Player.Invalid);
        _ante = new int[_n];
        Array.Fill(_ante, 1);
        _pot = _n;
    }

    private KuhnPokerState(KuhnPokerState other)
        : base(other)
    {
        _n = other._n;
        _cardDealtTo = (int[])other._cardDealtTo.Clone();
        _ante = (int[])other._ante.Clone();
        _firstBettor = other._firstBettor;
        _winner = other._winner;
        _pot = other._pot;
    }

    /// <inheritdoc/>
    public override int CurrentPlayer =>
        _winner != Player.Invalid ? Player.Terminal
        : History.Count < _n ? Player.Chance
        : History.Count % _n;

    /// <inheritdoc/>
    public override int[] LegalActions()
    {
        if (IsTerminal)
        {
            return [];
        }

        if (IsChanceNode)
        {
            var actions = new List<int>(_n + 1);
            for (int card = 0; card <= _n; card++)
            {
                if (_cardDealtTo[card] == Player.Invalid)
                {
                    actions.Add(card);
                }
            }

            return [.. actions];
        }

        return [Pass, Bet];
    }

    /// <inheritdoc/>
    public override ChanceOutcome[] ChanceOutcomes()
    {
        if (!IsChanceNode)
        {
            return base.ChanceOutcomes();
        }

        double p = 1.0 / (_n + 1 - History.Count);
        return LegalActions().Select(card => new ChanceOutcome(card, p)).ToArray();
    }

    /// <inheritdoc/>
    protected override void DoApplyAction(int action)
    {
        int mover = CurrentPlayer;
        if (History.Count < _n)
        {
            _cardDealtTo[action] = History.Count;
            return;
        }

        if (action == Bet)
        {
            if (_firstBettor == Player.Invalid)
            {
                _firstBettor = mover;
            }

            _pot += 1;
            _ante[mover] += 1;
        }

        int numActions = History.Count + 1 - _n;
        if (_firstBettor == Player.Invalid && numActions == _n)
        {
            _winner = _cardDealtTo[_n] != Player.Invalid ? _cardDealtTo[_n] : _cardDealtTo[_n - 1];
        }
        else if (_firstBettor != Player.Invalid && numActions == _n + _firstBettor)
        {
            for (int card = _n; card >= 0; card--)
            {
                int p = _cardDealtTo[card];
                if (p != Player.Invalid && DidBet(p, action))
                {
                    _winner = p;
                    break;
                }
            }
        }
    }

    /// <summary>Whether <paramref name="player"/> bet or called; <paramref name="pending"/> is the action being applied.</summary>
    private bool DidBet(int player, int pending)
    {
        if (_firstBettor == Player.Invalid)
        {
            return false;
        }

        if (player == _firstBettor)
        {
            return true;
        }

        int index = player > _firstBettor ? _n + player : (_n * 2) + player;
        int act = index < History.Count ? History[index] : pending;
        return act == Bet;
    }

    /// <inheritdoc/>
    public override IState Clone() => new KuhnPokerState(this);

    /// <inheritdoc/>
    public override double[] Returns()
    {
        var returns = new double[_n];
        if (!IsTerminal)
        {
            return returns;
        }

        for (int p = 0; p < _n; p++)
        {
            int bet = _ante[p];
            returns[p] = p == _winner ? _pot - bet : -bet;
        }

        return returns;
    }

    /// <inheritdoc/>
    public override string InformationStateString(int player)
    {
        CheckPlayer(player);
        var sb = new StringBuilder();
        if (History.Count > player)
        {
            sb.Append(History[player]);
        }

        for (int i = _n; i < History.Count; i++)
        {
            sb.Append(History[i] == Bet ? 'b' : 'p');
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override void InformationStateTensor(int player, Span<float> values)
    {
        CheckPlayer(player);
        PrepareTensor(values, (6 * _n) - 1);
        values[player] = 1;
        if (History.Count > player)
        {
            values[_n + History[player]] = 1;
        }

        int offset = _n + _n + 1;
        for (int i = _n; i < History.Count; i++)
        {
            values[offset + ((i - _n) * 2) + History[i]] = 1;
        }
    }

    /// <inheritdoc/>
    public override string ObservationString(int player)
    {
        CheckPlayer(player);
        var sb = new StringBuilder();
        if (History.Count > player)
        {
            sb.Append(History[player]);
            foreach (int a in _ante)
            {
                sb.Append(a);
            }
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override void ObservationTensor(int player, Span<float> values)
    {
        CheckPlayer(player);
        PrepareTensor(values, (3 * _n) + 1);
        values[player] = 1;
        if (History.Count > player)
        {
            values[_n + History[player]] = 1;
        }

        for (int p = 0; p < _n; p++)
        {
            values[_n + _n + 1 + p] = _ante[p];
        }
    }

    /// <inheritdoc/>
    public override string ActionToString(int player, int action) =>
        player == Player.Chance ? $"Deal:{action}" : action == Pass ? "Pass" : "Bet";

    /// <summary>The deal (one card per player) then the betting as p/b, as OpenSpiel prints it.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < History.Count && i < _n; i++)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(History[i]);
        }

        if (History.Count > _n)
        {
            sb.Append(' ');
        }

        for (int i = _n; i < History.Count; i++)
        {
            sb.Append(History[i] == Bet ? 'b' : 'p');
        }

        return sb.ToString();
    }
}
