using GameRL.Solvers.Policies;

namespace GameRL.Solvers.Lp;

/// <summary>An exact equilibrium from the sequence-form LP.</summary>
/// <param name="Policy">An equilibrium profile (both players).</param>
/// <param name="Values">Each player's equilibrium value, evaluated exactly on the returned profile.</param>
/// <param name="LpObjectives">The two LP optimal objectives (player 0's and player 1's maximin values).</param>
public sealed record LpSolution(TabularPolicy Policy, double[] Values, double[] LpObjectives);
