using GameRL.Solvers.Tabular.Rules;

namespace GameRL.Solvers.Tabular;

/// <summary>
/// Everything a driver needs to run a local rule: the per-iteration schedule and the driver settings. The rule type
/// itself reaches the driver as the type argument of <see cref="ILocalRuleDriverFactory{TResult}.Create{TRule}"/>.
/// </summary>
/// <param name="Algorithm">The algorithm.</param>
/// <param name="Schedule">The per-iteration scalars of iteration t.</param>
/// <param name="DefaultUpdates">The algorithm's default update mode.</param>
/// <param name="NeedsReach">Whether counterfactual reach and the magnet are maintained (MMD).</param>
/// <param name="ProbabilityFloor">Clip probabilities to at least this (MMD: 1e-10; 0 = off).</param>
/// <param name="MagnetEta">The moving magnet's step η̃ (0 = fixed magnet).</param>
public sealed record LocalRuleSpec(
    Algorithm Algorithm,
    Func<int, RuleStep> Schedule,
    UpdateMode DefaultUpdates,
    bool NeedsReach,
    double ProbabilityFloor,
    double MagnetEta);
