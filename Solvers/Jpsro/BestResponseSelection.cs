namespace GameRL.Solvers.Jpsro;

/// <summary>
/// Which of a player's candidate best responses join its population (OpenSpiel's <c>BR_SELECTIONS</c>). A candidate is
/// novel when its action probabilities differ from every policy the player has; adding a non-novel one increments that
/// policy's repeat count.
/// </summary>
public enum BestResponseSelection
{
    /// <summary><c>all</c>: every candidate (novel ones added, repeats counted).</summary>
    All,

    /// <summary><c>all_novel</c>: every novel candidate.</summary>
    AllNovel,

    /// <summary><c>random</c>: one candidate uniformly at random.</summary>
    Random,

    /// <summary><c>random_novel</c>: one novel candidate at random; a random repeat when none is novel.</summary>
    RandomNovel,

    /// <summary><c>largest_gap</c>: the novel candidate with the largest gap (random if that gap is 0); a random repeat when none is novel.</summary>
    LargestGap,
}
