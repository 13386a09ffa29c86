namespace GameRL.Solvers.Policies;

/// <summary>The policy at one infoset.</summary>
/// <param name="Infoset">The information-state string.</param>
/// <param name="Actions">The legal action ids.</param>
/// <param name="Probabilities">One probability per action.</param>
public sealed record InfosetPolicy(string Infoset, int[] Actions, double[] Probabilities);
