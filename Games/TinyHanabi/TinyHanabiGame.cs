using System.Globalization;
using GameRL.Games.Api;

namespace GameRL.Games.TinyHanabi;

/// <summary>
/// Tiny Hanabi as in OpenSpiel (<c>tiny_hanabi</c>): the cooperative two-turn game of Foerster et al. 2018
/// ("Bayesian Action Decoder"). Chance deals each player a private value in [0, num_chance); then players 0..n−1 act
/// once each, seeing every earlier action. All players get <c>payoff[idx]</c>, idx built by Horner's rule over the deals
/// then the actions. The default payoff is the BAD paper's matrix: optimum 10, a no-cooperation equilibrium scores 8.
/// Sizes OpenSpiel pins: (chance, decision, terminal) histories (3, 16, 36).
/// </summary>
public sealed class TinyHanabiGame : GameBase
{
    /// <summary>The payoff of the Bayesian Action Decoder paper, rows (c0, c1), entries a0·3 + a1.</summary>
    public const string DefaultPayoff =
        "10;0;0;4;8;4;10;0;0;0;0;10;4;8;4;0;0;10;0;0;10;4;8;4;0;0;0;10;0;0;4;8;4;10;0;0";

    /// <summary>The catalog entry.</summary>
    public static readonly GameDefinition CatalogEntry = new(
        "tiny_hanabi",
        "Tiny Hanabi",
        "The cooperative signalling game of the Bayesian Action Decoder paper (identical payoffs).",
        [
            ParameterSpec.Int("num_players", 2, 2, 10, "number of players"),
            ParameterSpec.Int("num_chance", 2, 1, 100, "private values dealt to each player"),
            ParameterSpec.Int("num_actions", 3, 1, 100, "actions per player"),
            ParameterSpec.Text("payoff", DefaultPayoff, "(num_chance·num_actions)^num_players integers separated by ';'"),
        ],
        (d, p) => new TinyHanabiGame(d, p));

    private readonly int[] _payoff;

    private TinyHanabiGame(GameDefinition definition, GameParameters parameters)
        : base(definition, parameters)
    {
        NumPlayers = parameters.Int("num_players");
        NumChance = parameters.Int("num_chance");
        NumActions = parameters.Int("num_actions");
        string text = parameters.Text("payoff") ?? DefaultPayoff;
        _payoff = text.Split(';').Select(piece => int.TryParse(piece.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)
            ? v
            : throw new GameRLException($"tiny_hanabi: could not parse '{piece}' of the payoff as an integer")).ToArray();
        double expected = Math.Pow(NumChance * NumActions, NumPlayers);
        if (_payoff.Length != expected)
        {
            throw new GameRLException($"tiny_hanabi: payoff has {_payoff.Length} entries, expected (num_chance·num_actions)^num_players = {expected}");
        }
    }

    /// <inheritdoc/>
    public override int NumPlayers { get; }

    /// <summary>Private values per player.</summary>
    public int NumChance { get; }

    /// <summary>Actions per player.</summary>
    public int NumActions { get; }

    /// <inheritdoc/>
    public override int NumDistinctActions => NumActions;

    /// <inheritdoc/>
    public override int MaxChanceOutcomes => NumChance;

    /// <inheritdoc/>
    public override double MinUtility => _payoff.Min();

    /// <inheritdoc/>
    public override double MaxUtility => _payoff.Max();

    /// <inheritdoc/>
    public override UtilityKind Utility => UtilityKind.Identical;

    /// <inheritdoc/>
    public override int MaxGameLength => NumPlayers;

    /// <inheritdoc/>
    public override IReadOnlyList<int> InformationStateTensorShape => [NumChance + (NumActions * NumPlayers)];

    /// <inheritdoc/>
    public override IReadOnlyList<int> ObservationTensorShape => InformationStateTensorShape;

    /// <inheritdoc/>
    public override IState NewInitialState() => new TinyHanabiState(this);

    /// <summary>The common payoff of a full history (n deals then n actions).</summary>
    internal int Payoff(IReadOnlyList<int> history)
    {
        int idx = 0;
        for (int i = 0; i < NumPlayers; i++)
        {
            idx = (idx * NumChance) + history[i];
        }

        for (int i = NumPlayers; i < 2 * NumPlayers; i++)
        {
            idx = (idx * NumActions) + history[i];
        }

        return _payoff[idx];
    }
}
