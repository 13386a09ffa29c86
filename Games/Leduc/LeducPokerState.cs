using System.Globalization;
using System.Text;
using GameRL.Games.Api;

namespace GameRL.Games.Leduc;

/// <summary>A state of <see cref="LeducPokerGame"/>; strings and tensors are OpenSpiel's, character for character.</summary>
public sealed class LeducPokerState : StateBase
{
    /// <summary>Action id of Fold.</summary>
    public const int Fold = 0;

    /// <summary>Action id of Call (also check).</summary>
    public const int Call = 1;

    /// <summary>Action id of Raise.</summary>
    public const int Raise = 2;

    /// <summary>OpenSpiel's marker for a card not yet dealt.</summary>
    public const int InvalidCard = -10000;

    private readonly LeducPokerGame _game;
    private readonly int _n;
    private readonly bool[] _inDeck;
    private readonly int[] _privateCards;
    private readonly double[] _money;
    private readonly int[] _ante;
    private readonly bool[] _folded;
    private readonly List<int> _round1;
    private readonly List<int> _round2;
    private int _curPlayer = Player.Chance;
    private int _numCalls;
    private int _numRaises;
    private int _round = 1;
    private int _stakes = 1;
    private int _pot;
    private int _publicCard = InvalidCard;
    private int _deckSize;
    private int _privateCardsDealt;
    private int _remainingPlayers;

    internal LeducPokerState(LeducPokerGame game)
        : base(game)
    {
        _game = game;
        _n = game.NumPlayers;
        _inDeck = new bool[game.DeckSize];
        Array.Fill(_inDeck, true);
        _deckSize = game.DeckSize;
        _privateCards = new int[_n];
        Array.Fill(_privateCards, InvalidCard);
        _money = new double[_n];
        Array.Fill(_money, LeducPokerGame.StartingMoney - 1);
        _ante = new int[_n];
        Array.Fill(_ante, 1);
        _folded = new bool[_n];
        _round1 = [];
        _round2 = [];
        _pot = _n;
        _remainingPlayers = _n;
    }

    private LeducPokerState(LeducPokerState o)
        : base(o)
    {
        _game = o._game;
        _n = o._n;
        _inDeck = (bool[])o._inDeck.Clone();
        _privateCards = (int[])o._privateCards.Clone();
        _money = (double[])o._money.Clone();
        _ante = (int[])o._ante.Clone();
        _folded = (bool[])o._folded.Clone();
        _round1 = [.. o._round1];
        _round2 = [.. o._round2];
        _curPlayer = o._curPlayer;
        _numCalls = o._numCalls;
        _numRaises = o._numRaises;
        _round = o._round;
        _stakes = o._stakes;
        _pot = o._pot;
        _publicCard = o._publicCard;
        _deckSize = o._deckSize;
        _privateCardsDealt = o._privateCardsDealt;
        _remainingPlayers = o._remainingPlayers;
    }

    /// <summary>The private card of each player (a rank under suit isomorphism), or <see cref="InvalidCard"/>.</summary>
    public IReadOnlyList<int> PrivateCards => _privateCards;

    /// <summary>The public card, or <see cref="InvalidCard"/> before it is dealt.</summary>
    public int PublicCard => _publicCard;

    /// <inheritdoc/>
    public override int CurrentPlayer => IsOver ? Player.Terminal : _curPlayer;

    private bool IsOver => _remainingPlayers == 1 || (_round == 2 && ReadyForNextRound());

    private bool ReadyForNextRound() =>
        (_numRaises == 0 && _numCalls == _remainingPlayers) || (_numRaises > 0 && _numCalls == _remainingPlayers - 1);

    /// <inheritdoc/>
    public override int[] LegalActions()
    {
        if (IsOver)
        {
            return [];
        }

        if (_curPlayer == Player.Chance)
        {
            return ChanceOutcomes().Select(o => o.Action).ToArray();
        }

        if (_game.ActionMapping)
        {
            return [Fold, Call, Raise];
        }

        var moves = new List<int>(3);
        if (_stakes > _ante[_curPlayer])
        {
            moves.Add(Fold);
        }

        moves.Add(Call);
        if (_numRaises < _game.MaxRaises)
        {
            moves.Add(Raise);
        }

        return [.. moves];
    }

    /// <inheritdoc/>
    public override ChanceOutcome[] ChanceOutcomes()
    {
        if (CurrentPlayer != Player.Chance)
        {
            return base.ChanceOutcomes();
        }

        double p = 1.0 / _deckSize;
        var outcomes = new List<ChanceOutcome>();
        if (_game.SuitIsomorphism)
        {
            for (int rank = 0; rank < _game.Ranks; rank++)
            {
                int left = 0;
                for (int s = 0; s < _game.Suits; s++)
                {
                    left += _inDeck[(rank * _game.Suits) + s] ? 1 : 0;
                }

                if (left > 0)
                {
                    outcomes.Add(new ChanceOutcome(rank, p * left));
                }
            }
        }
        else
        {
            for (int card = 0; card < _inDeck.Length; card++)
            {
                if (_inDeck[card])
                {
                    outcomes.Add(new ChanceOutcome(card, p));
                }
            }
        }

        return [.. outcomes];
    }

    /// <inheritdoc/>
    protected override void DoApplyAction(int action)
    {
        if (_curPlayer == Player.Chance)
        {
            int card = TakeFromDeck(action);
            if (_privateCardsDealt < _n)
            {
                _privateCards[_privateCardsDealt] = card;
                _privateCardsDealt++;
                if (_privateCardsDealt == _n)
                {
                    _curPlayer = _game.StartingPlayer;
                }
            }
            else
            {
                _publicCard = card;
                _curPlayer = NextPlayer();
            }

            return;
        }

        int move = action;
        if (_game.ActionMapping)
        {
            if (move == Fold && _stakes <= _ante[_curPlayer])
            {
                move = Call;
            }
            else if (move == Raise && _numRaises >= _game.MaxRaises)
            {
                move = Call;
            }
        }

        switch (move)
        {
            case Fold:
                SequenceAppend(Fold);
                _folded[_curPlayer] = true;
                _remainingPlayers--;
                AfterPassiveMove();
                break;
            case Call:
                AddToPot(_curPlayer, _stakes - _ante[_curPlayer]);
                _numCalls++;
                SequenceAppend(Call);
                AfterPassiveMove();
                break;
            default:
                int callAmount = _stakes - _ante[_curPlayer];
                if (callAmount > 0)
                {
                    AddToPot(_curPlayer, callAmount);
                }

                int raiseAmount = _round == 1 ? _game.Raise1 : _game.Raise2;
                _stakes += raiseAmount;
                AddToPot(_curPlayer, raiseAmount);
                _numRaises++;
                _numCalls = 0;
                SequenceAppend(Raise);
                if (IsOver)
                {
                    ResolveWinner();
                }
                else
                {
                    _curPlayer = NextPlayer();
                }

                break;
        }
    }

    private void AfterPassiveMove()
    {
        if (IsOver)
        {
            ResolveWinner();
        }
        else if (ReadyForNextRound())
        {
            _round++;
            _numRaises = 0;
            _numCalls = 0;
            _curPlayer = Player.Chance;
        }
        else
        {
            _curPlayer = NextPlayer();
        }
    }

    private int TakeFromDeck(int action)
    {
        _deckSize--;
        if (!_game.SuitIsomorphism)
        {
            _inDeck[action] = false;
            return action;
        }

        for (int s = 0; s < _game.Suits; s++)
        {
            int card = (action * _game.Suits) + s;
            if (_inDeck[card])
            {
                _inDeck[card] = false;
                return action;
            }
        }

        throw new InvalidOperationException("suit isomorphism: no card of that rank left");
    }

    private void SequenceAppend(int move) => (_round == 1 ? _round1 : _round2).Add(move);

    private void AddToPot(int player, int amount)
    {
        _pot += amount;
        _ante[player] += amount;
        _money[player] -= amount;
    }

    private int NextPlayer()
    {
        int from = _curPlayer == Player.Chance ? (_game.StartingPlayer + _n - 1) % _n : _curPlayer;
        for (int i = 1; i <= _n; i++)
        {
            int p = (from + i) % _n;
            if (!_folded[p])
            {
                return p;
            }
        }

        throw new InvalidOperationException("no player left to act");
    }

    /// <summary>
    /// Hand strength for the showdown. A pair (private rank = public rank) beats every other hand;
    /// otherwise the higher rank decides, then the lower. For 2 suits this orders hands exactly as OpenSpiel's RankHand.
    /// </summary>
    private int RankHand(int player)
    {
        int a = RankOf(_publicCard);
        int b = RankOf(_privateCards[player]);
        int ranks = _game.Ranks;
        if (a == b)
        {
            return (ranks * ranks) + a;
        }

        return (Math.Max(a, b) * ranks) + Math.Min(a, b);
    }

    private int RankOf(int card) => _game.SuitIsomorphism ? card : card / _game.Suits;

    private void ResolveWinner()
    {
        if (_remainingPlayers == 1)
        {
            int winner = Array.IndexOf(_folded, false);
            _money[winner] += _pot;
            _pot = 0;
            return;
        }

        int best = -1;
        int numWinners = 0;
        var isWinner = new bool[_n];
        for (int p = 0; p < _n; p++)
        {
            if (_folded[p])
            {
                continue;
            }

            int rank = RankHand(p);
            if (rank > best)
            {
                best = rank;
                Array.Clear(isWinner);
                isWinner[p] = true;
                numWinners = 1;
            }
            else if (rank == best)
            {
                isWinner[p] = true;
                numWinners++;
            }
        }

        for (int p = 0; p < _n; p++)
        {
            if (isWinner[p])
            {
                _money[p] += (double)_pot / numWinners;
            }
        }

        _pot = 0;
    }

    /// <inheritdoc/>
    public override IState Clone() => new LeducPokerState(this);

    /// <inheritdoc/>
    public override double[] Returns()
    {
        var r = new double[_n];
        if (IsOver)
        {
            for (int p = 0; p < _n; p++)
            {
                r[p] = _money[p] - LeducPokerGame.StartingMoney;
            }
        }

        return r;
    }

    /// <inheritdoc/>
    public override string InformationStateString(int player)
    {
        CheckPlayer(player);
        var sb = PublicPrefix(player);
        sb.Append("[Round1: ").AppendJoin(' ', _round1).Append("][Round2: ").AppendJoin(' ', _round2).Append(']');
        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ObservationString(int player)
    {
        CheckPlayer(player);
        var sb = PublicPrefix(player);
        sb.Append("[Ante: ").AppendJoin(' ', _ante).Append(']');
        return sb.ToString();
    }

    private StringBuilder PublicPrefix(int player)
    {
        var sb = new StringBuilder(96);
        sb.Append("[Observer: ").Append(player).Append("][Private: ").Append(_privateCards[player]).Append(']');
        sb.Append("[Round ").Append(_round).Append("][Player: ").Append(_curPlayer).Append("][Pot: ").Append(_pot).Append(']');
        sb.Append("[Money: ").AppendJoin(' ', _money.Select(FormatMoney)).Append(']');
        if (_publicCard != InvalidCard)
        {
            sb.Append("[Public: ").Append(_publicCard).Append(']');
        }

        return sb;
    }

    /// <summary>Formats like abseil's six-significant-digit double output ("99", "101.5").</summary>
    private static string FormatMoney(double m) => m.ToString("0.#####", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override void InformationStateTensor(int player, Span<float> values)
    {
        CheckPlayer(player);
        int cards = _game.NumObservableCards;
        PrepareTensor(values, _game.InformationStateTensorShape[0]);
        WriteCards(player, values);
        int offset = _n + (2 * cards);
        int perRound = _game.MaxBetsPerRound * 2;
        for (int round = 0; round < 2; round++)
        {
            var bets = round == 0 ? _round1 : _round2;
            for (int i = 0; i < bets.Count; i++)
            {
                int at = offset + (round * perRound) + (i * 2);
                if (bets[i] == Call)
                {
                    values[at] = 1;
                }
                else if (bets[i] == Raise)
                {
                    values[at + 1] = 1;
                }
            }
        }
    }

    /// <inheritdoc/>
    public override void ObservationTensor(int player, Span<float> values)
    {
        CheckPlayer(player);
        int cards = _game.NumObservableCards;
        PrepareTensor(values, _game.ObservationTensorShape[0]);
        WriteCards(player, values);
        for (int p = 0; p < _n; p++)
        {
            values[_n + (2 * cards) + p] = _ante[p];
        }
    }

    private void WriteCards(int player, Span<float> values)
    {
        int cards = _game.NumObservableCards;
        values[player] = 1;
        if (_privateCards[player] != InvalidCard)
        {
            values[_n + _privateCards[player]] = 1;
        }

        if (_publicCard != InvalidCard)
        {
            values[_n + cards + _publicCard] = 1;
        }
    }

    /// <inheritdoc/>
    public override string ActionToString(int player, int action) => player == Player.Chance
        ? $"Chance outcome:{action}"
        : action switch { Fold => "Fold", Call => "Call", Raise => "Raise", _ => $"Unknown({action})" };

    /// <summary>OpenSpiel's multi-line state description.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        string more = _n > 2 ? " [...]" : string.Empty;
        sb.Append("Round: ").Append(_round).Append("\nPlayer: ").Append(_curPlayer).Append("\nPot: ").Append(_pot);
        sb.Append("\nMoney (player_0 player_1").Append(more).Append("):");
        foreach (double m in _money)
        {
            sb.Append(' ').Append(FormatMoney(m));
        }

        sb.Append("\nCards (public player_0 player_1").Append(more).Append("): ").Append(_publicCard).Append(' ');
        foreach (int c in _privateCards)
        {
            sb.Append(c).Append(' ');
        }

        sb.Append("\nRound 1 sequence: ").AppendJoin(", ", _round1.Select(a => ActionToString(0, a)));
        sb.Append("\nRound 2 sequence: ").AppendJoin(", ", _round2.Select(a => ActionToString(0, a)));
        sb.Append('\n');
        return sb.ToString();
    }
}
