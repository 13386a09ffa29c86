namespace GameRL.Solvers.Tabular;

/// <summary>
/// Stateless, counter-based random numbers: the k-th draw of iteration t under a seed is a SplitMix64 hash of
/// (seed, t, k). A sampled run therefore needs no generator state in its checkpoint, and a resumed run draws exactly
/// the numbers the uninterrupted run would have drawn.
/// </summary>
public static class CounterRandom
{
    /// <summary>A uniform double in [0, 1) for draw <paramref name="k"/> of iteration <paramref name="t"/>.</summary>
    public static double Uniform(int seed, long t, long k)
    {
        ulong z = Mix(Mix(Mix((ulong)(uint)seed) ^ (ulong)t) ^ (ulong)k);
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>The SplitMix64 finaliser (Steele, Lea and Flood 2014).</summary>
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
