using GameRL.Games.Api;
using GameRL.Games.Batched;

namespace GameRL.Games.HanabiLite;

/// <summary>
/// Hanabi with the rules of the Hanabi Learning Environment (HLE, Bard et al. 2020), as OpenSpiel wraps it (<c>hanabi</c>):
/// chance deals every card explicitly (outcome id = colour·ranks + rank, probability ∝ copies left), players move in turn,
/// moves use HLE's id layout (discards, plays, colour hints, rank hints), the score is the sum of the fireworks and 0 once
/// the lives run out, and the reward of a move is the change of score it caused. Observations are HLE's canonical
/// encoding; for 2 players its length is 658 (full), 171 (small) or 106 (very small) with card knowledge and 308, 103, 62
/// with minimal observations.
/// </summary>
/// <remarks>
/// Parameters (defaults from <c>preset</c>, any of them may be overridden):
/// <c>preset</c> small (HLE "Hanabi-Small": 2 colours, 5 ranks, hand 2, 3 information tokens, 1 life; the default),
/// very_small (1 colour, otherwise as small) or full (5 colours, 5 ranks, hand 5 with 2–3 players and 4 with 4–5,
/// 8 information tokens, 3 lives); <c>players</c> 2–5 (2); <c>colors</c> 1–5; <c>ranks</c> 1–5; <c>hand_size</c> 1–8;
/// <c>max_information_tokens</c> 1–20; <c>max_life_tokens</c> 1–10; <c>observation_type</c> minimal, card_knowledge
/// (default) or seer. The start player is always 0 (HLE's default <c>random_start_player=false</c>).
/// </remarks>
public sealed class HanabiLiteGame : GameBase, IBatchedGame
{
    /// <summary>The catalog entry.</summary>
    public static readonly GameDefinition CatalogEntry = new(
        "hanabi_lite",
        "Hanabi (HLE rules)",
        "Cooperative Hanabi with the Hanabi Learning Environment's rules, presets and observation encoding.",
        [
            ParameterSpec.Choice("preset", "small", ["small", "very_small", "full"], "HLE preset giving the defaults of the other parameters"),
            ParameterSpec.Int("players", 2, 2, 5, "number of players"),
            ParameterSpec.Int("colors", null, 1, 5, "number of colours (preset: small 2, very_small 1, full 5)"),
            ParameterSpec.Int("ranks", null, 1, 5, "number of ranks (preset: 5)"),
            ParameterSpec.Int("hand_size", null, 1, 8, "cards per hand (preset: small/very_small 2; full 5, or 4 with 4-5 players)"),
            ParameterSpec.Int("max_information_tokens", null, 1, 20, "information tokens (preset: small/very_small 3, full 8)"),
            ParameterSpec.Int("max_life_tokens", null, 1, 10, "life tokens (preset: small/very_small 1, full 3)"),
            ParameterSpec.Choice("observation_type", "card_knowledge", ["minimal", "card_knowledge", "seer"], "what observations reveal"),
        ],
        (d, p) => new HanabiLiteGame(d, p));

    private HanabiLiteGame(GameDefinition definition, GameParameters parameters)
        : base(definition, parameters)
    {
        string preset = parameters.Text("preset") ?? "small";
        int players = parameters.Int("players");
        bool full = preset == "full";
        int colors = parameters.Int("colors", full ? 5 : preset == "small" ? 2 : 1);
        int ranks = parameters.Int("ranks", 5);
        int hand = parameters.Int("hand_size", full ? (players < 4 ? 5 : 4) : 2);
        int info = parameters.Int("max_information_tokens", full ? 8 : 3);
        int life = parameters.Int("max_life_tokens", full ? 3 : 1);
        var observation = (parameters.Text("observation_type") ?? "card_knowledge") switch
        {
            "minimal" => HanabiObservationType.Minimal,
            "seer" => HanabiObservationType.Seer,
            _ => HanabiObservationType.CardKnowledge,
        };
        Config = new HanabiLiteConfig(players, colors, ranks, hand, info, life, observation);
        if (hand * players > Config.DeckSize)
        {
            throw new GameRLException(
                $"hanabi_lite: hand_size·players = {hand * players} exceeds the deck of {Config.DeckSize} cards ({colors} colours × {ranks} ranks)");
        }
    }

    /// <summary>The sizes of this variant.</summary>
    public HanabiLiteConfig Config { get; }

    /// <inheritdoc/>
    public override int NumPlayers => Config.Players;

    /// <inheritdoc/>
    public override int NumDistinctActions => Config.NumMoves;

    /// <inheritdoc/>
    public override int MaxChanceOutcomes => Config.CardTypes;

    /// <inheritdoc/>
    public override double MinUtility => 0;

    /// <inheritdoc/>
    public override double MaxUtility => Config.MaxScore;

    /// <inheritdoc/>
    public override UtilityKind Utility => UtilityKind.Identical;

    /// <summary>
    /// An upper bound on player moves: each play or discard uses up a card (≤ D), and each hint a token, of which there are at
    /// most the initial ones plus one per discard and one per completed firework (≤ I + D + colours).
    /// </summary>
    public override int MaxGameLength => (2 * Config.DeckSize) + Config.MaxInformationTokens + Config.Colors;

    /// <inheritdoc/>
    public override IReadOnlyList<int> ObservationTensorShape => [Config.ObservationSize];

    /// <inheritdoc/>
    public override bool IsEnumerable => false;

    /// <inheritdoc/>
    public override IState NewInitialState() => new HanabiLiteState(this);

    /// <inheritdoc/>
    public IBatchedEnvironment CreateBatched(int batchSize, long seed) => new HanabiLiteBatchedEnvironment(this, batchSize, seed);
}
