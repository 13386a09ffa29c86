namespace GameRL.Games.Api;

/// <summary>
/// A game that can count its tree without enumerating it (by its structure), so sizes of variants far too large to
/// compile are still known. Tests check the counts against enumeration on small variants.
/// </summary>
public interface ISizedGame
{
    /// <summary>The exact sizes, or null when this variant is not covered by the counting method.</summary>
    GameSizes? ExactSizes();
}
