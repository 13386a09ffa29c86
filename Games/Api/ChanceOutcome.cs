namespace GameRL.Games.Api;

/// <summary>One outcome of a chance node: the action id chance plays and its probability.</summary>
/// <param name="Action">The chance action id.</param>
/// <param name="Probability">The probability of the action, in (0, 1].</param>
public readonly record struct ChanceOutcome(int Action, double Probability);
