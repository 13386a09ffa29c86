namespace GameRL.Solvers.Evaluation;

/// <summary>How far a correlation device is from a (C)CE (OpenSpiel's <c>CorrDistInfo</c>).</summary>
/// <param name="OnPolicyValues">Each player's expected return when everyone follows the device.</param>
/// <param name="BestResponseValues">Each player's best deviation value (for CE, summed over the player's signals).</param>
/// <param name="DeviationIncentives">max(0, best response − on-policy) per player (for CE, summed per signal).</param>
/// <param name="Gap">The sum of the deviation incentives: 0 exactly at an equilibrium.</param>
public sealed record CorrelatedDistanceReport(double[] OnPolicyValues, double[] BestResponseValues, double[] DeviationIncentives, double Gap);
