namespace GameRL.Solvers.Tabular;

/// <summary>One point of a convergence curve.</summary>
/// <param name="Iteration">Iterations done.</param>
/// <param name="Seconds">Time spent iterating so far (evaluation excluded).</param>
/// <param name="AverageGap">Exploitability (or NashConv) of the average iterate.</param>
/// <param name="LastGap">Exploitability (or NashConv) of the last iterate.</param>
public readonly record struct CurvePoint(int Iteration, double Seconds, double AverageGap, double LastGap);
