using GameRL.Games.NormalForm;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// Projected replicator dynamics (Lanctot et al. 2017; OpenSpiel's <c>projected_replicator_dynamics</c>): all players
/// update simultaneously, x_p ← x_p + dt·x_p ⊙ (v_p − x_p·v_p), then every probability below γ is raised to γ and the
/// strategy renormalised; the answer is the average of all iterates. With repeat counts the dynamics run on the
/// game expanded by repeats, which by symmetry is the same as running on the unique actions from x_p ∝ r_p with the
/// floor γ·r_p(a); the result is given per unique action.
/// </summary>
public static class ProjectedReplicatorDynamics
{
    /// <summary>OpenSpiel's defaults: 1e5 iterations, dt = 1e-3, γ = 1e-6.</summary>
    public const int DefaultIterations = 100_000;

    /// <summary>The average per-player strategies after <paramref name="iterations"/> steps.</summary>
    public static double[][] Solve(PayoffTensor payoffs, int[][]? repeats = null, int iterations = DefaultIterations, double dt = 1e-3, double gamma = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        repeats ??= RepeatFactors.Ones(payoffs);
        int n = payoffs.NumPlayers;
        var x = new double[n][];
        var next = new double[n][];
        var average = new double[n][];
        var values = new double[n][];
        for (int p = 0; p < n; p++)
        {
            double total = repeats[p].Sum();
            x[p] = repeats[p].Select(r => r / total).ToArray();
            next[p] = new double[x[p].Length];
            average[p] = new double[x[p].Length];
            values[p] = new double[x[p].Length];
        }

        for (int t = 0; t < iterations; t++)
        {
            ActionValues(payoffs, x, values);
            for (int p = 0; p < n; p++)
            {
                double mean = 0;
                for (int a = 0; a < x[p].Length; a++)
                {
                    mean += x[p][a] * values[p][a];
                }

                double sum = 0;
                for (int a = 0; a < x[p].Length; a++)
                {
                    double y = x[p][a] + (dt * x[p][a] * (values[p][a] - mean));
                    y = Math.Max(y, gamma * repeats[p][a]);
                    next[p][a] = y;
                    sum += y;
                }

                for (int a = 0; a < x[p].Length; a++)
                {
                    next[p][a] /= sum;
                    average[p][a] += next[p][a];
                }
            }

            (x, next) = (next, x);
        }

        foreach (var s in average)
        {
            for (int a = 0; a < s.Length; a++)
            {
                s[a] /= iterations;
            }
        }

        return average;
    }

    /// <summary>values[p][a] = E[u_p(a, a₋ₚ)] with a₋ₚ drawn from the product of the others' strategies.</summary>
    private static void ActionValues(PayoffTensor payoffs, double[][] x, double[][] values)
    {
        int n = payoffs.NumPlayers;
        foreach (var v in values)
        {
            Array.Clear(v);
        }

        for (int j = 0; j < payoffs.NumJoint; j++)
        {
            for (int p = 0; p < n; p++)
            {
                double others = 1;
                for (int q = 0; q < n; q++)
                {
                    if (q != p)
                    {
                        others *= x[q][payoffs.ActionOf(j, q)];
                    }
                }

                values[p][payoffs.ActionOf(j, p)] += others * payoffs[p, j];
            }
        }
    }
}
