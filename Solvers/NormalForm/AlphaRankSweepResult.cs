namespace GameRL.Solvers.NormalForm;

/// <summary>The outcome of <see cref="AlphaRank.SweepEpsilon"/>.</summary>
/// <param name="Distribution">The stationary distribution at the last ε, over joint profiles (player 0 most significant).</param>
/// <param name="Epsilon">The last ε, at which consecutive distributions agreed.</param>
/// <param name="Iterations">Successful solves before the one that agreed with its predecessor.</param>
/// <param name="Failures">Solves refused for lack of a unique stationary distribution, each followed by a smaller step.</param>
public sealed record AlphaRankSweepResult(double[] Distribution, double Epsilon, int Iterations, int Failures);
