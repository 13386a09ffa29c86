namespace GameRL.Games.HanabiLite;

/// <summary>
/// The common knowledge about one card in a hand, as HLE tracks it: which colours and ranks are still plausible given the
/// hints so far, and the colour or rank a hint named directly.
/// </summary>
/// <param name="ColorMask">Bit c set when colour c is plausible.</param>
/// <param name="RankMask">Bit r set when rank r is plausible.</param>
/// <param name="HintedColor">The colour a hint revealed, or −1.</param>
/// <param name="HintedRank">The rank a hint revealed, or −1.</param>
public readonly record struct HanabiCardKnowledge(int ColorMask, int RankMask, int HintedColor, int HintedRank)
{
    /// <summary>True when colour <paramref name="color"/> is plausible.</summary>
    public bool ColorPlausible(int color) => (ColorMask & (1 << color)) != 0;

    /// <summary>True when rank <paramref name="rank"/> is plausible.</summary>
    public bool RankPlausible(int rank) => (RankMask & (1 << rank)) != 0;
}
