namespace GameRL.Games.HanabiLite;

/// <summary>
/// The validated sizes of one Hanabi variant and everything derived from them: deck, move-id layout and the sections of
/// HLE's canonical observation encoding (<c>hanabi_lib/canonical_encoders.cc</c>).
/// </summary>
public sealed class HanabiLiteConfig
{
    private readonly byte[] _copies;
    private readonly HanabiMove[] _moves;

    /// <summary>Builds a variant; the caller has validated the ranges (players 2–5, colours and ranks 1–5, hand 1–8).</summary>
    public HanabiLiteConfig(int players, int colors, int ranks, int handSize, int maxInformationTokens, int maxLifeTokens, HanabiObservationType observationType)
    {
        Players = players;
        Colors = colors;
        Ranks = ranks;
        HandSize = handSize;
        MaxInformationTokens = maxInformationTokens;
        MaxLifeTokens = maxLifeTokens;
        ObservationType = observationType;
        _copies = new byte[colors * ranks];
        for (int c = 0; c < colors; c++)
        {
            for (int r = 0; r < ranks; r++)
            {
                // HLE's NumberCardInstances: rank 0 has 3 copies (checked first, so also when ranks = 1), the top rank 1, others 2.
                _copies[(c * ranks) + r] = (byte)(r == 0 ? 3 : r == ranks - 1 ? 1 : 2);
            }
        }

        DeckSize = _copies.Sum(x => x);
        NumMoves = (2 * handSize) + ((players - 1) * (colors + ranks));
        _moves = new HanabiMove[NumMoves];
        for (int uid = 0; uid < NumMoves; uid++)
        {
            _moves[uid] = Construct(uid);
        }

        HandsSectionLength = ((players - 1) * handSize * CardTypes) + players;
        BoardSectionLength = DeckSize - (players * handSize) + CardTypes + maxInformationTokens + maxLifeTokens;
        DiscardSectionLength = DeckSize;
        LastActionSectionLength = players + 4 + players + colors + ranks + handSize + handSize + CardTypes + 2;
        CardKnowledgeSectionLength = observationType == HanabiObservationType.Minimal ? 0 : players * handSize * (CardTypes + colors + ranks);
        ObservationSize = HandsSectionLength + BoardSectionLength + DiscardSectionLength + LastActionSectionLength + CardKnowledgeSectionLength;
    }

    /// <summary>Number of players.</summary>
    public int Players { get; }

    /// <summary>Number of colours.</summary>
    public int Colors { get; }

    /// <summary>Number of ranks.</summary>
    public int Ranks { get; }

    /// <summary>Cards in a full hand.</summary>
    public int HandSize { get; }

    /// <summary>Information tokens at the start and at most.</summary>
    public int MaxInformationTokens { get; }

    /// <summary>Life tokens at the start.</summary>
    public int MaxLifeTokens { get; }

    /// <summary>What observations reveal.</summary>
    public HanabiObservationType ObservationType { get; }

    /// <summary>Distinct cards, colours × ranks (also the number of chance outcomes).</summary>
    public int CardTypes => Colors * Ranks;

    /// <summary>Cards in the full deck (HLE's MaxDeckSize).</summary>
    public int DeckSize { get; }

    /// <summary>Distinct player moves: 2h + (p−1)(c+r).</summary>
    public int NumMoves { get; }

    /// <summary>Largest score, colours × ranks.</summary>
    public int MaxScore => Colors * Ranks;

    /// <summary>Floats in the canonical observation vector.</summary>
    public int ObservationSize { get; }

    /// <summary>Length of the others' hands section: (p−1)·h·c·r + p.</summary>
    public int HandsSectionLength { get; }

    /// <summary>Length of the board section: deck thermometer, fireworks, information and life tokens.</summary>
    public int BoardSectionLength { get; }

    /// <summary>Length of the discard thermometers: the deck size.</summary>
    public int DiscardSectionLength { get; }

    /// <summary>Length of the last-move section: 2p + 4 + c + r + 2h + c·r + 2.</summary>
    public int LastActionSectionLength { get; }

    /// <summary>Length of the card-knowledge section: p·h·(c·r + c + r), or 0 for minimal observations.</summary>
    public int CardKnowledgeSectionLength { get; }

    /// <summary>Copies of a card in the deck.</summary>
    public int Copies(int card) => _copies[card];

    /// <summary>The move with id <paramref name="move"/> (HLE's layout: discards, plays, colour hints, rank hints).</summary>
    public HanabiMove Move(int move) => _moves[move];

    /// <summary>The id of a move, or −1 when it is out of the layout.</summary>
    public int MoveId(HanabiMove move) => move.Type switch
    {
        HanabiMoveType.Discard when (uint)move.CardIndex < (uint)HandSize => move.CardIndex,
        HanabiMoveType.Play when (uint)move.CardIndex < (uint)HandSize => HandSize + move.CardIndex,
        HanabiMoveType.RevealColor when move.TargetOffset >= 1 && move.TargetOffset < Players && (uint)move.Color < (uint)Colors =>
            (2 * HandSize) + ((move.TargetOffset - 1) * Colors) + move.Color,
        HanabiMoveType.RevealRank when move.TargetOffset >= 1 && move.TargetOffset < Players && (uint)move.Rank < (uint)Ranks =>
            (2 * HandSize) + ((Players - 1) * Colors) + ((move.TargetOffset - 1) * Ranks) + move.Rank,
        _ => -1,
    };

    /// <summary>The card with chance-outcome id <paramref name="card"/>.</summary>
    public HanabiCard Card(int card) => new(card / Ranks, card % Ranks);

    private HanabiMove Construct(int uid)
    {
        if (uid < HandSize)
        {
            return new HanabiMove(HanabiMoveType.Discard, uid, -1, -1, -1);
        }

        uid -= HandSize;
        if (uid < HandSize)
        {
            return new HanabiMove(HanabiMoveType.Play, uid, -1, -1, -1);
        }

        uid -= HandSize;
        int colorMoves = (Players - 1) * Colors;
        if (uid < colorMoves)
        {
            return new HanabiMove(HanabiMoveType.RevealColor, -1, 1 + (uid / Colors), uid % Colors, -1);
        }

        uid -= colorMoves;
        return new HanabiMove(HanabiMoveType.RevealRank, -1, 1 + (uid / Ranks), -1, uid % Ranks);
    }
}
