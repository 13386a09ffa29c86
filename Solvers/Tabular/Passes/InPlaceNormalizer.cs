using GameRL.Solvers.Tabular.Rules;

namespace GameRL.Solvers.Tabular.Passes;

/// <summary>
/// Turns one infoset's scores, stored in place in the policy array, into probabilities. Written without sorting or
/// scratch memory so that the same code runs inside GPU kernels.
/// </summary>
public static class InPlaceNormalizer
{
    /// <summary>Normalises p[first..first+k) as <paramref name="mode"/> prescribes.</summary>
    public static void Apply<TD>(Normalization mode, TD p, int first, int k)
        where TD : struct, IDoubleArray
    {
        int end = first + k;
        if (mode == Normalization.Proportional)
        {
            double sum = 0;
            for (int s = first; s < end; s++)
            {
                sum += Math.Max(p.Get(s), 0.0);
            }

            for (int s = first; s < end; s++)
            {
                p.Set(s, sum > 0 ? Math.Max(p.Get(s), 0.0) / sum : 1.0 / k);
            }
        }
        else if (mode == Normalization.Softmax)
        {
            double max = double.NegativeInfinity;
            for (int s = first; s < end; s++)
            {
                max = Math.Max(max, p.Get(s));
            }

            double sum = 0;
            for (int s = first; s < end; s++)
            {
                double e = Math.Exp(p.Get(s) - max);
                p.Set(s, e);
                sum += e;
            }

            for (int s = first; s < end; s++)
            {
                p.Set(s, p.Get(s) / sum);
            }
        }
        else
        {
            // Euclidean projection onto the simplex: τ = max_j (S_j − 1)/j over the sums S_j of the j largest scores,
            // taken over whole groups of equal scores; then p = max(s − τ, 0).
            double tau = double.NegativeInfinity;
            for (int a = first; a < end; a++)
            {
                double threshold = p.Get(a);
                double sum = 0;
                int count = 0;
                for (int b = first; b < end; b++)
                {
                    if (p.Get(b) >= threshold)
                    {
                        sum += p.Get(b);
                        count++;
                    }
                }

                tau = Math.Max(tau, (sum - 1) / count);
            }

            for (int s = first; s < end; s++)
            {
                p.Set(s, Math.Max(p.Get(s) - tau, 0.0));
            }
        }
    }

    /// <summary>Raises p[first..first+k) to at least <paramref name="floor"/> and renormalises.</summary>
    public static void ClipAndRenormalize<TD>(TD p, int first, int k, double floor)
        where TD : struct, IDoubleArray
    {
        double sum = 0;
        for (int s = first; s < first + k; s++)
        {
            double v = Math.Max(p.Get(s), floor);
            p.Set(s, v);
            sum += v;
        }

        for (int s = first; s < first + k; s++)
        {
            p.Set(s, p.Get(s) / sum);
        }
    }
}
