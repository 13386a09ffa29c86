using GameRL.Games.NormalForm;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// Iterated elimination of strictly dominated actions by pure strategies (OpenSpiel's
/// <c>_eliminate_dominated_payoff</c> with <c>weakly=False</c>): repeatedly, for some player p and action a, remove every
/// action b of p with u_p(b, a₋ₚ) &lt; u_p(a, a₋ₚ) for all surviving a₋ₚ, until nothing changes. Iterated strict dominance
/// is order independent, and no strictly dominated action is ever played in a correlated equilibrium.
/// </summary>
public static class DominanceElimination
{
    /// <summary>The surviving actions of each player, in increasing order.</summary>
    public static int[][] Survivors(PayoffTensor payoffs)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        int n = payoffs.NumPlayers;
        var alive = new List<int>[n];
        for (int p = 0; p < n; p++)
        {
            alive[p] = Enumerable.Range(0, payoffs.NumActions[p]).ToList();
        }

        bool eliminated = true;
        while (eliminated)
        {
            eliminated = false;
            for (int p = 0; p < n && !eliminated; p++)
            {
                if (alive[p].Count <= 1)
                {
                    continue;
                }

                var others = OpponentProfiles(payoffs, alive, p);
                foreach (int a in alive[p])
                {
                    var dominated = alive[p].Where(b => b != a && Dominates(payoffs, p, a, b, others)).ToList();
                    if (dominated.Count > 0)
                    {
                        alive[p].RemoveAll(dominated.Contains);
                        eliminated = true;
                        break;
                    }
                }
            }
        }

        return alive.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>The payoff tensor restricted to the given actions of each player.</summary>
    public static PayoffTensor Restrict(PayoffTensor payoffs, int[][] actions)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        ArgumentNullException.ThrowIfNull(actions);
        int n = payoffs.NumPlayers;
        var shape = actions.Select(a => a.Length).ToArray();
        int numJoint = shape.Aggregate(1, (a, b) => a * b);
        var values = new double[n * numJoint];
        var map = RestrictedToFull(payoffs, actions);
        for (int p = 0; p < n; p++)
        {
            for (int j = 0; j < numJoint; j++)
            {
                values[(p * numJoint) + j] = payoffs[p, map[j]];
            }
        }

        return new PayoffTensor(shape, values);
    }

    /// <summary>For each joint action of the restricted game, its joint index in the full game.</summary>
    public static int[] RestrictedToFull(PayoffTensor payoffs, int[][] actions)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        ArgumentNullException.ThrowIfNull(actions);
        int n = payoffs.NumPlayers;
        int numJoint = actions.Aggregate(1, (a, b) => a * b.Length);
        var map = new int[numJoint];
        var digits = new int[n];
        for (int j = 0; j < numJoint; j++)
        {
            int rest = j;
            for (int p = n - 1; p >= 0; p--)
            {
                digits[p] = actions[p][rest % actions[p].Length];
                rest /= actions[p].Length;
            }

            map[j] = payoffs.JointIndex(digits);
        }

        return map;
    }

    private static bool Dominates(PayoffTensor payoffs, int p, int a, int b, int[] others)
    {
        var u = payoffs.Of(p);
        int stride = payoffs.Stride(p);
        foreach (int o in others)
        {
            if (!(u[o + (b * stride)] < u[o + (a * stride)]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The joint indices (with p's action 0) of every surviving profile of p's opponents.</summary>
    private static int[] OpponentProfiles(PayoffTensor payoffs, List<int>[] alive, int p)
    {
        var profiles = new List<int> { 0 };
        for (int q = 0; q < payoffs.NumPlayers; q++)
        {
            if (q == p)
            {
                continue;
            }

            int stride = payoffs.Stride(q);
            profiles = profiles.SelectMany(b => alive[q].Select(a => b + (a * stride))).ToList();
        }

        return [.. profiles];
    }
}
