namespace GameRL.Solvers.Tabular;

/// <summary>A progress report of a running solver.</summary>
/// <param name="Iteration">Iterations done.</param>
/// <param name="Target">Iterations asked for.</param>
/// <param name="SolverSeconds">Time spent iterating (evaluation excluded).</param>
/// <param name="Gap">The latest exploitability (NashConv where exploitability is undefined) of the output iterate, if evaluated.</param>
public readonly record struct SolverProgress(int Iteration, int Target, double SolverSeconds, double? Gap);
