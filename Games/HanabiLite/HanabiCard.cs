namespace GameRL.Games.HanabiLite;

/// <summary>A card: colour and 0-based rank. Its chance-outcome id is <c>Color·ranks + Rank</c> (HLE's order).</summary>
/// <param name="Color">Colour index (R, Y, G, W, B).</param>
/// <param name="Rank">Rank index; rank 0 is the card "1".</param>
public readonly record struct HanabiCard(int Color, int Rank)
{
    private const string Colors = "RYGWB";

    /// <summary>HLE's text, e.g. <c>R1</c>.</summary>
    public override string ToString() => $"{ColorChar(Color)}{RankChar(Rank)}";

    /// <summary>HLE's colour letter, or X when out of range.</summary>
    public static char ColorChar(int color) => (uint)color < Colors.Length ? Colors[color] : 'X';

    /// <summary>HLE's rank digit ('1' for rank 0), or X when out of range.</summary>
    public static char RankChar(int rank) => (uint)rank < 5 ? (char)('1' + rank) : 'X';
}
