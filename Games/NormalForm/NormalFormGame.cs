using GameRL.Games.Api;

namespace GameRL.Games.NormalForm;

/// <summary>
/// An n-player normal-form (one-shot, simultaneous) game, presented to tree algorithms as a turn-based tree:
/// players 0..n−1 choose in turn and no player sees an earlier player's choice, so each player has one infoset.
/// The payoff tensor is available to normal-form algorithms (correlated equilibria, JPSRO meta-games).
/// </summary>
public sealed class NormalFormGame : GameBase
{
    private readonly UtilityKind _utility;
    private readonly double? _utilitySum;

    internal NormalFormGame(GameDefinition definition, GameParameters parameters, PayoffTensor payoffs, IReadOnlyList<IReadOnlyList<string>> actionNames)
        : base(definition, parameters)
    {
        Payoffs = payoffs;
        ActionNames = actionNames;
        (_utility, _utilitySum) = Classify(payoffs);
    }

    /// <summary>The payoff tensor.</summary>
    public PayoffTensor Payoffs { get; }

    /// <summary>A name for each action of each player.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ActionNames { get; }

    /// <inheritdoc/>
    public override int NumPlayers => Payoffs.NumPlayers;

    /// <inheritdoc/>
    public override int NumDistinctActions => Payoffs.NumActions.Max();

    /// <inheritdoc/>
    public override int MaxChanceOutcomes => 0;

    /// <inheritdoc/>
    public override double MinUtility => Payoffs.Min();

    /// <inheritdoc/>
    public override double MaxUtility => Payoffs.Max();

    /// <inheritdoc/>
    public override UtilityKind Utility => _utility;

    /// <inheritdoc/>
    public override double? UtilitySum => _utilitySum;

    /// <inheritdoc/>
    public override int MaxGameLength => NumPlayers;

    /// <inheritdoc/>
    public override IReadOnlyList<int> InformationStateTensorShape => [NumPlayers];

    /// <inheritdoc/>
    public override IReadOnlyList<int> ObservationTensorShape => [NumPlayers];

    /// <inheritdoc/>
    public override IState NewInitialState() => new NormalFormState(this);

    private static (UtilityKind Kind, double? Sum) Classify(PayoffTensor t)
    {
        const double tol = 1e-12;
        double first = 0;
        bool constant = true;
        bool identical = true;
        for (int j = 0; j < t.NumJoint; j++)
        {
            double sum = 0;
            for (int p = 0; p < t.NumPlayers; p++)
            {
                sum += t[p, j];
                identical &= Math.Abs(t[p, j] - t[0, j]) <= tol;
            }

            if (j == 0)
            {
                first = sum;
            }

            constant &= Math.Abs(sum - first) <= tol;
        }

        if (constant && Math.Abs(first) <= tol)
        {
            return (UtilityKind.ZeroSum, 0.0);
        }

        if (identical)
        {
            return (UtilityKind.Identical, null);
        }

        return constant ? (UtilityKind.ConstantSum, first) : (UtilityKind.GeneralSum, null);
    }
}
