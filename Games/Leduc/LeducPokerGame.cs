using GameRL.Games.Api;

namespace GameRL.Games.Leduc;

/// <summary>
/// Leduc poker with OpenSpiel's exact rules (<c>leduc_poker</c>), 2 to 10 players, plus scaling parameters OpenSpiel lacks.
/// Deck: <c>ranks</c> × <c>suits</c> cards, id = rank·suits + suit (defaults: players+1 ranks, 2 suits, as OpenSpiel).
/// Each player antes 1 and gets a private card; a betting round; one public card; a second betting round.
/// Actions Fold (0), Call (1), Raise (2); raises are <c>raise1</c> chips in round 1 and <c>raise2</c> in round 2
/// (defaults 2 and 4), at most <c>max_raises</c> per round (default 2). A pair with the public card beats any other
/// hand; otherwise the higher rank, then the lower rank, decide; equal hands split the pot.
/// Sizes OpenSpiel pins for the default 2-player game: (chance, decision, terminal) histories (157, 3780, 5520), 936 infosets.
/// </summary>
public sealed class LeducPokerGame : GameBase, ISizedGame
{
    /// <summary>Starting stack of every player; returns are money minus this.</summary>
    public const int StartingMoney = 100;

    /// <summary>The catalog entry.</summary>
    public static readonly GameDefinition CatalogEntry = new(
        "leduc_poker",
        "Leduc Poker",
        "Leduc hold'em as in OpenSpiel, with optional deck size, raise sizes and raise cap for larger variants.",
        [
            ParameterSpec.Int("players", 2, 2, 10, "number of players"),
            ParameterSpec.Bool("action_mapping", false, "if true all three actions are always legal; illegal Fold/Raise become Call (two own actions then reach one infoset, so trees refuse it)"),
            ParameterSpec.Bool("suit_isomorphism", false, "if true chance deals ranks and players cannot tell suits apart"),
            ParameterSpec.Int("starting_player", 0, 0, 9, "who acts first in each betting round"),
            ParameterSpec.Int("ranks", null, 2, 1000, "number of ranks in the deck (default: players + 1)"),
            ParameterSpec.Int("suits", 2, 1, 100, "number of suits in the deck"),
            ParameterSpec.Int("raise1", 2, 1, 1000, "raise size in round 1"),
            ParameterSpec.Int("raise2", 4, 1, 1000, "raise size in round 2"),
            ParameterSpec.Int("max_raises", 2, 0, 100, "raises allowed per betting round"),
        ],
        (d, p) => new LeducPokerGame(d, p));

    private LeducPokerGame(GameDefinition definition, GameParameters parameters)
        : base(definition, parameters)
    {
        NumPlayers = parameters.Int("players");
        ActionMapping = parameters.Bool("action_mapping");
        SuitIsomorphism = parameters.Bool("suit_isomorphism");
        StartingPlayer = parameters.Int("starting_player");
        Ranks = parameters.Int("ranks", NumPlayers + 1);
        Suits = parameters.Int("suits");
        Raise1 = parameters.Int("raise1");
        Raise2 = parameters.Int("raise2");
        MaxRaises = parameters.Int("max_raises");
        if (StartingPlayer >= NumPlayers)
        {
            throw new GameRLException($"leduc_poker: starting_player = {StartingPlayer} must be below players = {NumPlayers}");
        }

        if (Ranks * Suits < NumPlayers + 1)
        {
            throw new GameRLException($"leduc_poker: a deck of {Ranks}x{Suits} cards cannot deal {NumPlayers} private cards and a public card");
        }
    }

    /// <inheritdoc/>
    public override int NumPlayers { get; }

    /// <summary>Whether illegal Fold/Raise are mapped to Call (all actions always legal).</summary>
    public bool ActionMapping { get; }

    /// <summary>Whether cards are dealt and observed as ranks only.</summary>
    public bool SuitIsomorphism { get; }

    /// <summary>First player to act in each round.</summary>
    public int StartingPlayer { get; }

    /// <summary>Number of ranks.</summary>
    public int Ranks { get; }

    /// <summary>Number of suits.</summary>
    public int Suits { get; }

    /// <summary>Raise size in round 1.</summary>
    public int Raise1 { get; }

    /// <summary>Raise size in round 2.</summary>
    public int Raise2 { get; }

    /// <summary>Raises allowed per round.</summary>
    public int MaxRaises { get; }

    /// <summary>Number of cards in the deck.</summary>
    public int DeckSize => Ranks * Suits;

    /// <summary>Card ids players observe: ranks under suit isomorphism, cards otherwise.</summary>
    public int NumObservableCards => SuitIsomorphism ? Ranks : DeckSize;

    /// <summary>Longest betting sequence of one round: n moves, then n−1 per raise (OpenSpiel: 3n−2 for 2 raises).</summary>
    public int MaxBetsPerRound => NumPlayers + (MaxRaises * (NumPlayers - 1));

    /// <inheritdoc/>
    public override int NumDistinctActions => 3;

    /// <inheritdoc/>
    public override int MaxChanceOutcomes => NumObservableCards;

    /// <inheritdoc/>
    public override double MinUtility => -((MaxRaises * Raise1) + (MaxRaises * Raise2) + 1);

    /// <inheritdoc/>
    public override double MaxUtility => (NumPlayers - 1) * ((MaxRaises * Raise1) + (MaxRaises * Raise2) + 1);

    /// <inheritdoc/>
    public override UtilityKind Utility => UtilityKind.ZeroSum;

    /// <inheritdoc/>
    public override int MaxGameLength => 2 * MaxBetsPerRound;

    /// <inheritdoc/>
    public override IReadOnlyList<int> InformationStateTensorShape =>
        [NumPlayers + (2 * NumObservableCards) + (MaxGameLength * 2)];

    /// <inheritdoc/>
    public override IReadOnlyList<int> ObservationTensorShape => [NumPlayers + (2 * NumObservableCards) + NumPlayers];

    /// <inheritdoc/>
    public override IState NewInitialState() => new LeducPokerState(this);

    /// <inheritdoc/>
    public GameSizes? ExactSizes() => LeducSizes.Count(this);

    /// <summary>
    /// The smallest two-player variant (more ranks and suits, default raises) with at least <paramref name="histories"/>
    /// histories, for benchmarks that need trees of a given size.
    /// </summary>
    public static string VariantWithAtLeast(long histories)
    {
        string? best = null;
        long bestSize = long.MaxValue;
        foreach (int suits in new[] { 2, 4 })
        {
            for (int ranks = 3; ranks <= 500; ranks++)
            {
                string spec = $"leduc_poker(ranks={ranks},suits={suits})";
                long size = ((LeducPokerGame)GameCatalog.Load(spec)).ExactSizes()?.TotalHistories ?? long.MaxValue;
                if (size >= histories)
                {
                    if (size < bestSize)
                    {
                        (best, bestSize) = (spec, size);
                    }

                    break;
                }
            }
        }

        return best ?? throw new GameRLException($"no Leduc variant up to 500 ranks has {histories} histories");
    }
}
