using GameRL.Games.Api;

namespace GameRL.Games.Kuhn;

/// <summary>
/// Kuhn poker with OpenSpiel's exact rules (<c>kuhn_poker</c>), 2 to 10 players.
/// Each player antes 1 and gets one card from a deck of n+1 cards (0 lowest); players then pass (0) or bet (1),
/// one chip, once around; after a bet everyone else responds once. Highest card among those who bet or called wins;
/// with no bet, the highest card dealt wins. The n-player rules follow Szafron et al. (AAMAS 2014) as OpenSpiel does.
/// Sizes OpenSpiel pins for 2 players: (chance, decision, terminal) histories (4, 24, 30), 6 + 6 infosets.
/// </summary>
public sealed class KuhnPokerGame : GameBase
{
    /// <summary>The catalog entry.</summary>
    public static readonly GameDefinition CatalogEntry = new(
        "kuhn_poker",
        "Kuhn Poker",
        "Kuhn's three-card poker and its n-player generalisation (n+1 cards, one betting round).",
        [ParameterSpec.Int("players", 2, 2, 10, "number of players")],
        (d, p) => new KuhnPokerGame(d, p));

    private KuhnPokerGame(GameDefinition definition, GameParameters parameters)
        : base(definition, parameters)
    {
        NumPlayers = parameters.Int("players");
    }

    /// <inheritdoc/>
    public override int NumPlayers { get; }

    /// <inheritdoc/>
    public override int NumDistinctActions => 2;

    /// <inheritdoc/>
    public override int MaxChanceOutcomes => NumPlayers + 1;

    /// <inheritdoc/>
    public override double MinUtility => -2;

    /// <inheritdoc/>
    public override double MaxUtility => (NumPlayers - 1) * 2;

    /// <inheritdoc/>
    public override UtilityKind Utility => UtilityKind.ZeroSum;

    /// <inheritdoc/>
    public override int MaxGameLength => (2 * NumPlayers) - 1;

    /// <inheritdoc/>
    public override IReadOnlyList<int> InformationStateTensorShape => [(6 * NumPlayers) - 1];

    /// <inheritdoc/>
    public override IReadOnlyList<int> ObservationTensorShape => [(3 * NumPlayers) + 1];

    /// <inheritdoc/>
    public override IState NewInitialState() => new KuhnPokerState(this);
}
