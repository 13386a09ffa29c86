using GameRL.Games.Batched;

namespace GameRL.Games.HanabiLite;

/// <summary>
/// The rules of Hanabi for B games at once, struct-of-arrays: every field is one flat array indexed by environment.
/// Both <see cref="HanabiLiteState"/> (B = 1) and <see cref="HanabiLiteBatchedEnvironment"/> run this code, so the rules API
/// and the batched environment cannot disagree. The logic follows HLE's <c>hanabi_state.cc</c>: chance deals to the first
/// player whose hand is short; after the deck empties every player gets one more turn; the score is 0 once lives run out.
/// </summary>
internal sealed class HanabiLiteCore
{
    /// <summary>The value of <see cref="Current"/> at a chance node.</summary>
    public const int Chance = -1;

    private readonly HanabiLiteConfig _c;
    private readonly int _p;
    private readonly int _h;
    private readonly int _t;
    private readonly byte _allColors;
    private readonly byte _allRanks;
    private readonly byte[] _deck;
    private readonly int[] _deckSize;
    private readonly byte[] _hand;
    private readonly byte[] _handLen;
    private readonly byte[] _colorMask;
    private readonly byte[] _rankMask;
    private readonly sbyte[] _hintColor;
    private readonly sbyte[] _hintRank;
    private readonly byte[] _fireworks;
    private readonly int[] _fireworkSum;
    private readonly byte[] _discard;
    private readonly int[] _discardLen;
    private readonly byte[] _discardCount;
    private readonly int[] _info;
    private readonly int[] _life;
    private readonly int[] _turnsToPlay;
    private readonly int[] _cur;
    private readonly int[] _next;
    private readonly int[] _lastPlayer;
    private readonly int[] _lastMove;
    private readonly int[] _lastCard;
    private readonly int[] _lastRevealMask;
    private readonly byte[] _lastOutcome;
    private readonly int[] _reward;

    public HanabiLiteCore(HanabiLiteConfig config, int batchSize)
    {
        _c = config;
        BatchSize = batchSize;
        _p = config.Players;
        _h = config.HandSize;
        _t = config.CardTypes;
        _allColors = (byte)((1 << config.Colors) - 1);
        _allRanks = (byte)((1 << config.Ranks) - 1);
        int cards = batchSize * _p * _h;
        _deck = new byte[batchSize * _t];
        _deckSize = new int[batchSize];
        _hand = new byte[cards];
        _handLen = new byte[batchSize * _p];
        _colorMask = new byte[cards];
        _rankMask = new byte[cards];
        _hintColor = new sbyte[cards];
        _hintRank = new sbyte[cards];
        _fireworks = new byte[batchSize * config.Colors];
        _fireworkSum = new int[batchSize];
        _discard = new byte[batchSize * config.DeckSize];
        _discardLen = new int[batchSize];
        _discardCount = new byte[batchSize * _t];
        _info = new int[batchSize];
        _life = new int[batchSize];
        _turnsToPlay = new int[batchSize];
        _cur = new int[batchSize];
        _next = new int[batchSize];
        _lastPlayer = new int[batchSize];
        _lastMove = new int[batchSize];
        _lastCard = new int[batchSize];
        _lastRevealMask = new int[batchSize];
        _lastOutcome = new byte[batchSize];
        _reward = new int[batchSize];
        for (int e = 0; e < batchSize; e++)
        {
            Reset(e);
        }
    }

    public HanabiLiteConfig Config => _c;

    public int BatchSize { get; }

    /// <summary>The player to move, or <see cref="Chance"/>; also set at terminals (HLE keeps the next player there).</summary>
    public int Current(int e) => _cur[e];

    public bool IsTerminal(int e) =>
        _life[e] < 1 || _fireworkSum[e] >= _c.MaxScore || _turnsToPlay[e] <= 0;

    /// <summary>HLE's score: the sum of the fireworks, or 0 once the life tokens are gone.</summary>
    public int Score(int e) => _life[e] <= 0 ? 0 : _fireworkSum[e];

    /// <summary>Score change caused by the last applied action (0 after a deal).</summary>
    public int LastReward(int e) => _reward[e];

    public int InformationTokens(int e) => _info[e];

    public int LifeTokens(int e) => _life[e];

    public int DeckSize(int e) => _deckSize[e];

    public int Firework(int e, int color) => _fireworks[(e * _c.Colors) + color];

    public int HandLength(int e, int player) => _handLen[(e * _p) + player];

    public int CardAt(int e, int player, int index) => _hand[Slot(e, player, index)];

    public HanabiCardKnowledge Knowledge(int e, int player, int index)
    {
        int s = Slot(e, player, index);
        return new HanabiCardKnowledge(_colorMask[s], _rankMask[s], _hintColor[s], _hintRank[s]);
    }

    public ReadOnlySpan<byte> DeckCounts(int e) => _deck.AsSpan(e * _t, _t);

    public ReadOnlySpan<byte> DiscardPile(int e) => _discard.AsSpan(e * _c.DeckSize, _discardLen[e]);

    public int DiscardCount(int e, int card) => _discardCount[(e * _t) + card];

    /// <summary>Puts environment <paramref name="e"/> back at the root: full deck, empty hands, chance to deal.</summary>
    public void Reset(int e)
    {
        for (int t = 0; t < _t; t++)
        {
            _deck[(e * _t) + t] = (byte)_c.Copies(t);
            _discardCount[(e * _t) + t] = 0;
        }

        _deckSize[e] = _c.DeckSize;
        _handLen.AsSpan(e * _p, _p).Clear();
        _fireworks.AsSpan(e * _c.Colors, _c.Colors).Clear();
        _fireworkSum[e] = 0;
        _discardLen[e] = 0;
        _info[e] = _c.MaxInformationTokens;
        _life[e] = _c.MaxLifeTokens;
        _turnsToPlay[e] = _p;
        _cur[e] = Chance;
        _next[e] = 0;
        _lastPlayer[e] = -1;
        _lastMove[e] = -1;
        _lastCard[e] = -1;
        _lastRevealMask[e] = 0;
        _lastOutcome[e] = 0;
        _reward[e] = 0;
    }

    /// <summary>True when chance may deal <paramref name="card"/> now.</summary>
    public bool CanDeal(int e, int card) =>
        _cur[e] == Chance && !IsTerminal(e) && (uint)card < (uint)_t && _deck[(e * _t) + card] > 0;

    /// <summary>Deals <paramref name="card"/> to the first player whose hand is short (a legal chance move).</summary>
    public void Deal(int e, int card)
    {
        int player = PlayerToDeal(e);
        int s = Slot(e, player, _handLen[(e * _p) + player]);
        _hand[s] = (byte)card;
        if (_c.ObservationType == HanabiObservationType.Seer)
        {
            _colorMask[s] = (byte)(1 << (card / _c.Ranks));
            _rankMask[s] = (byte)(1 << (card % _c.Ranks));
            _hintColor[s] = (sbyte)(card / _c.Ranks);
            _hintRank[s] = (sbyte)(card % _c.Ranks);
        }
        else
        {
            _colorMask[s] = _allColors;
            _rankMask[s] = _allRanks;
            _hintColor[s] = -1;
            _hintRank[s] = -1;
        }

        _handLen[(e * _p) + player]++;
        _deck[(e * _t) + card]--;
        _deckSize[e]--;
        _reward[e] = 0;
        Advance(e);
    }

    /// <summary>Draws a card from the deck in proportion to its remaining copies.</summary>
    public int SampleCard(int e, ref ulong rng)
    {
        int x = SplitMix64.NextInt(ref rng, _deckSize[e]);
        int baseIndex = e * _t;
        for (int t = 0; t < _t; t++)
        {
            x -= _deck[baseIndex + t];
            if (x < 0)
            {
                return t;
            }
        }

        throw new InvalidOperationException("hanabi_lite: deck counts are inconsistent with the deck size");
    }

    /// <summary>True when the player to move may make move <paramref name="move"/>.</summary>
    public bool IsLegal(int e, int move)
    {
        int cur = _cur[e];
        if (cur < 0 || IsTerminal(e) || (uint)move >= (uint)_c.NumMoves)
        {
            return false;
        }

        var m = _c.Move(move);
        int len = _handLen[(e * _p) + cur];
        switch (m.Type)
        {
            case HanabiMoveType.Discard:
                return _info[e] < _c.MaxInformationTokens && m.CardIndex < len;
            case HanabiMoveType.Play:
                return m.CardIndex < len;
            case HanabiMoveType.RevealColor:
                return _info[e] > 0 && HandColorBits(e, (cur + m.TargetOffset) % _p, m.Color) != 0;
            default:
                return _info[e] > 0 && HandRankBits(e, (cur + m.TargetOffset) % _p, m.Rank) != 0;
        }
    }

    /// <summary>Writes 1 for each legal move of the player to move (all 0 at chance nodes and terminals).</summary>
    public void WriteLegalMask(int e, Span<byte> mask)
    {
        mask.Clear();
        int cur = _cur[e];
        if (cur < 0 || IsTerminal(e))
        {
            return;
        }

        int len = _handLen[(e * _p) + cur];
        if (_info[e] < _c.MaxInformationTokens)
        {
            mask[..len].Fill(1);
        }

        mask.Slice(_h, len).Fill(1);
        if (_info[e] <= 0)
        {
            return;
        }

        int colorBase = 2 * _h;
        int rankBase = colorBase + ((_p - 1) * _c.Colors);
        for (int off = 1; off < _p; off++)
        {
            int target = (cur + off) % _p;
            int colors = 0;
            int ranks = 0;
            int start = Slot(e, target, 0);
            int n = _handLen[(e * _p) + target];
            for (int k = 0; k < n; k++)
            {
                int card = _hand[start + k];
                colors |= 1 << (card / _c.Ranks);
                ranks |= 1 << (card % _c.Ranks);
            }

            for (int c = 0; c < _c.Colors; c++)
            {
                mask[colorBase + ((off - 1) * _c.Colors) + c] = (byte)((colors >> c) & 1);
            }

            for (int r = 0; r < _c.Ranks; r++)
            {
                mask[rankBase + ((off - 1) * _c.Ranks) + r] = (byte)((ranks >> r) & 1);
            }
        }
    }

    /// <summary>Applies a legal move of the player to move (HLE's <c>ApplyMove</c>), then passes the turn or calls chance.</summary>
    public void ApplyMove(int e, int move)
    {
        int cur = _cur[e];
        int scoreBefore = Score(e);
        if (_deckSize[e] == 0)
        {
            _turnsToPlay[e]--;
        }

        var m = _c.Move(move);
        _lastPlayer[e] = cur;
        _lastMove[e] = move;
        _lastCard[e] = -1;
        _lastRevealMask[e] = 0;
        _lastOutcome[e] = 0;
        switch (m.Type)
        {
            case HanabiMoveType.Discard:
            {
                int card = _hand[Slot(e, cur, m.CardIndex)];
                _lastCard[e] = card;
                if (IncrementInformationTokens(e))
                {
                    _lastOutcome[e] |= 2;
                }

                RemoveCard(e, cur, m.CardIndex);
                AddToDiscards(e, card);
                break;
            }

            case HanabiMoveType.Play:
            {
                int card = _hand[Slot(e, cur, m.CardIndex)];
                _lastCard[e] = card;
                int color = card / _c.Ranks;
                int fw = (e * _c.Colors) + color;
                RemoveCard(e, cur, m.CardIndex);
                if (_fireworks[fw] == card % _c.Ranks)
                {
                    _fireworks[fw]++;
                    _fireworkSum[e]++;
                    _lastOutcome[e] |= 1;
                    if (_fireworks[fw] == _c.Ranks && IncrementInformationTokens(e))
                    {
                        _lastOutcome[e] |= 2;
                    }
                }
                else
                {
                    _life[e]--;
                    AddToDiscards(e, card);
                }

                break;
            }

            case HanabiMoveType.RevealColor:
                _info[e]--;
                _lastRevealMask[e] = RevealColor(e, (cur + m.TargetOffset) % _p, m.Color);
                break;
            default:
                _info[e]--;
                _lastRevealMask[e] = RevealRank(e, (cur + m.TargetOffset) % _p, m.Rank);
                break;
        }

        _reward[e] = Score(e) - scoreBefore;
        Advance(e);
    }

    /// <summary>The last non-chance move, or −1 before the first move.</summary>
    public int LastMove(int e) => _lastMove[e];

    /// <summary>The player who made the last move, or −1.</summary>
    public int LastMover(int e) => _lastPlayer[e];

    /// <summary>The card the last move played or discarded, or −1.</summary>
    public int LastCard(int e) => _lastCard[e];

    /// <summary>For a hint, bit k set when the target's card k matched it.</summary>
    public int LastRevealMask(int e) => _lastRevealMask[e];

    /// <summary>For a play: bit 0 scored, bit 1 gained an information token.</summary>
    public int LastOutcome(int e) => _lastOutcome[e];

    /// <summary>Copies environment <paramref name="from"/> of <paramref name="source"/> into environment <paramref name="to"/> here.</summary>
    public void CopyFrom(HanabiLiteCore source, int from, int to)
    {
        Copy(source._deck, _deck, from, to, _t);
        Copy(source._hand, _hand, from, to, _p * _h);
        Copy(source._handLen, _handLen, from, to, _p);
        Copy(source._colorMask, _colorMask, from, to, _p * _h);
        Copy(source._rankMask, _rankMask, from, to, _p * _h);
        Copy(source._hintColor, _hintColor, from, to, _p * _h);
        Copy(source._hintRank, _hintRank, from, to, _p * _h);
        Copy(source._fireworks, _fireworks, from, to, _c.Colors);
        Copy(source._discard, _discard, from, to, _c.DeckSize);
        Copy(source._discardCount, _discardCount, from, to, _t);
        _deckSize[to] = source._deckSize[from];
        _fireworkSum[to] = source._fireworkSum[from];
        _discardLen[to] = source._discardLen[from];
        _info[to] = source._info[from];
        _life[to] = source._life[from];
        _turnsToPlay[to] = source._turnsToPlay[from];
        _cur[to] = source._cur[from];
        _next[to] = source._next[from];
        _lastPlayer[to] = source._lastPlayer[from];
        _lastMove[to] = source._lastMove[from];
        _lastCard[to] = source._lastCard[from];
        _lastRevealMask[to] = source._lastRevealMask[from];
        _lastOutcome[to] = source._lastOutcome[from];
        _reward[to] = source._reward[from];
    }

    private static void Copy<T>(T[] source, T[] target, int from, int to, int stride) =>
        Array.Copy(source, from * stride, target, to * stride, stride);

    private int Slot(int e, int player, int index) => (((e * _p) + player) * _h) + index;

    private int PlayerToDeal(int e)
    {
        for (int i = 0; i < _p; i++)
        {
            if (_handLen[(e * _p) + i] < _h)
            {
                return i;
            }
        }

        return -1;
    }

    private void Advance(int e)
    {
        if (_deckSize[e] > 0 && PlayerToDeal(e) >= 0)
        {
            _cur[e] = Chance;
        }
        else
        {
            _cur[e] = _next[e];
            _next[e] = (_cur[e] + 1) % _p;
        }
    }

    private bool IncrementInformationTokens(int e)
    {
        if (_info[e] < _c.MaxInformationTokens)
        {
            _info[e]++;
            return true;
        }

        return false;
    }

    private void RemoveCard(int e, int player, int index)
    {
        int start = Slot(e, player, 0);
        int n = _handLen[(e * _p) + player];
        for (int k = index; k < n - 1; k++)
        {
            _hand[start + k] = _hand[start + k + 1];
            _colorMask[start + k] = _colorMask[start + k + 1];
            _rankMask[start + k] = _rankMask[start + k + 1];
            _hintColor[start + k] = _hintColor[start + k + 1];
            _hintRank[start + k] = _hintRank[start + k + 1];
        }

        _handLen[(e * _p) + player]--;
    }

    private void AddToDiscards(int e, int card)
    {
        _discard[(e * _c.DeckSize) + _discardLen[e]] = (byte)card;
        _discardLen[e]++;
        _discardCount[(e * _t) + card]++;
    }

    private int HandColorBits(int e, int player, int color)
    {
        int start = Slot(e, player, 0);
        int n = _handLen[(e * _p) + player];
        int bits = 0;
        for (int k = 0; k < n; k++)
        {
            if (_hand[start + k] / _c.Ranks == color)
            {
                bits |= 1 << k;
            }
        }

        return bits;
    }

    private int HandRankBits(int e, int player, int rank)
    {
        int start = Slot(e, player, 0);
        int n = _handLen[(e * _p) + player];
        int bits = 0;
        for (int k = 0; k < n; k++)
        {
            if (_hand[start + k] % _c.Ranks == rank)
            {
                bits |= 1 << k;
            }
        }

        return bits;
    }

    private int RevealColor(int e, int player, int color)
    {
        int start = Slot(e, player, 0);
        int n = _handLen[(e * _p) + player];
        int bits = 0;
        for (int k = 0; k < n; k++)
        {
            int s = start + k;
            if (_hand[s] / _c.Ranks == color)
            {
                bits |= 1 << k;
                _hintColor[s] = (sbyte)color;
                _colorMask[s] = (byte)(1 << color);
            }
            else
            {
                _colorMask[s] &= (byte)~(1 << color);
            }
        }

        return bits;
    }

    private int RevealRank(int e, int player, int rank)
    {
        int start = Slot(e, player, 0);
        int n = _handLen[(e * _p) + player];
        int bits = 0;
        for (int k = 0; k < n; k++)
        {
            int s = start + k;
            if (_hand[s] % _c.Ranks == rank)
            {
                bits |= 1 << k;
                _hintRank[s] = (sbyte)rank;
                _rankMask[s] = (byte)(1 << rank);
            }
            else
            {
                _rankMask[s] &= (byte)~(1 << rank);
            }
        }

        return bits;
    }
}
