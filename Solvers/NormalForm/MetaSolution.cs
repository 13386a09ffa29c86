namespace GameRL.Solvers.NormalForm;

/// <summary>A meta-solver's output, already checked against the solver's own constraints.</summary>
/// <param name="Kind">The solver.</param>
/// <param name="Distribution">Probabilities over joint actions (row-major, player 0 most significant); sums to 1.</param>
/// <param name="Epsilon">The ε of the constraints checked: 0 for exact (C)CE solvers, the approximation or minimised ε otherwise; null for baselines.</param>
/// <param name="MaxViolation">The largest constraint violation of the returned distribution (0 for baselines).</param>
public sealed record MetaSolution(MetaSolverKind Kind, double[] Distribution, double? Epsilon, double MaxViolation);
