namespace GameRL.Games.Batched;

/// <summary>
/// The SplitMix64 generator (Steele, Lea and Flood 2014) on a caller-owned 64-bit state: a state per environment lives in a
/// flat array, so drawing a number allocates nothing and each environment's stream is independent of the others.
/// </summary>
public static class SplitMix64
{
    /// <summary>The next 64 random bits; advances <paramref name="state"/>.</summary>
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>A uniform integer in [0, <paramref name="n"/>) (multiply-shift on the top 32 bits; n ≥ 1).</summary>
    public static int NextInt(ref ulong state, int n) => (int)(((Next(ref state) >> 32) * (ulong)n) >> 32);

    /// <summary>A uniform double in [0, 1).</summary>
    public static double NextDouble(ref ulong state) => (Next(ref state) >> 11) * (1.0 / (1UL << 53));

    /// <summary>The SplitMix64 finaliser: a bijective scramble of 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The seed of environment <paramref name="index"/> of a batch reset with <paramref name="seed"/>.</summary>
    public static long Derive(long seed, int index) => (long)Mix(Mix((ulong)seed) + (ulong)index + 1);
}
