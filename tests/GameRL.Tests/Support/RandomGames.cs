using GameRL.Games.NormalForm;

namespace GameRL.Tests.Support;

/// <summary>Random n-player payoff tensors for property tests, reproducible from a seed.</summary>
internal static class RandomGames
{
    /// <summary>2–3 players with 2–3 actions each and integer payoffs in [−3, 3] (ties and dominance occur often).</summary>
    public static PayoffTensor General(int seed)
    {
        var rng = new Random(seed);
        int players = rng.Next(2, 4);
        var shape = Enumerable.Range(0, players).Select(_ => rng.Next(2, 4)).ToArray();
        int numJoint = shape.Aggregate(1, (a, b) => a * b);
        var values = Enumerable.Range(0, players * numJoint).Select(_ => (double)rng.Next(-3, 4)).ToArray();
        return new PayoffTensor(shape, values);
    }

    /// <summary>A two-player zero-sum m×n game with continuous payoffs in [−1, 1].</summary>
    public static PayoffTensor ZeroSum(int seed)
    {
        var rng = new Random(seed);
        int m = rng.Next(2, 5), n = rng.Next(2, 5);
        var row = Enumerable.Range(0, m * n).Select(_ => (2 * rng.NextDouble()) - 1).ToArray();
        return new PayoffTensor([m, n], [.. row, .. row.Select(v => -v)]);
    }

    /// <summary>A random distribution over the joint actions (normalised exponentials, some entries zeroed).</summary>
    public static double[] Distribution(int numJoint, int seed)
    {
        var rng = new Random(seed);
        var d = Enumerable.Range(0, numJoint).Select(_ => rng.NextDouble() < 0.3 ? 0 : -Math.Log(1 - rng.NextDouble())).ToArray();
        if (d.Sum() == 0)
        {
            d[0] = 1;
        }

        double s = d.Sum();
        return d.Select(v => v / s).ToArray();
    }
}
