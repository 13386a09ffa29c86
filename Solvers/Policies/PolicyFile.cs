namespace GameRL.Solvers.Policies;

/// <summary>
/// The JSON form of a tabular policy: the game spec and, per infoset, its legal actions and their probabilities.
/// Keyed by information-state string so that policies compare key by key with OpenSpiel's.
/// </summary>
/// <param name="FormatVersion">Always 1.</param>
/// <param name="Game">The canonical game spec.</param>
/// <param name="Infosets">One entry per infoset of every player.</param>
public sealed record PolicyFile(int FormatVersion, string Game, IReadOnlyList<InfosetPolicy> Infosets);

/// <summary>The policy at one infoset.</summary>
/// <param name="Infoset">The information-state string.</param>
/// <param name="Actions">The legal action ids.</param>
/// <param name="Probabilities">One probability per action.</param>
public sealed record InfosetPolicy(string Infoset, int[] Actions, double[] Probabilities);
