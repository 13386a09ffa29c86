namespace GameRL.Solvers.Policies;

/// <summary>
/// The JSON form of a tabular policy: the game spec and, per infoset, its legal actions and their probabilities.
/// Keyed by information-state string so that policies compare key by key with OpenSpiel's.
/// </summary>
/// <param name="FormatVersion">Always 1.</param>
/// <param name="Game">The canonical game spec.</param>
/// <param name="Infosets">One entry per infoset of every player.</param>
public sealed record PolicyFile(int FormatVersion, string Game, IReadOnlyList<InfosetPolicy> Infosets);
