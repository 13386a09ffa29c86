namespace GameRL.Solvers.Tabular.Rules;

/// <summary>Turns one infoset's scores into a probability vector, as <see cref="Normalization"/> prescribes.</summary>
public static class PolicyNormalizer
{
    /// <summary>Writes the policy of <paramref name="scores"/> into <paramref name="policy"/> (same length).</summary>
    public static void Apply(Normalization mode, ReadOnlySpan<double> scores, Span<double> policy)
    {
        switch (mode)
        {
            case Normalization.Proportional:
                Proportional(scores, policy);
                break;
            case Normalization.Softmax:
                Softmax(scores, policy);
                break;
            default:
                ProjectOntoSimplex(scores, policy);
                break;
        }
    }

    /// <summary>Regret matching: π(a) = [s(a)]⁺ / Σ_b [s(b)]⁺, uniform when no score is positive.</summary>
    public static void Proportional(ReadOnlySpan<double> scores, Span<double> policy)
    {
        double sum = 0;
        for (int a = 0; a < scores.Length; a++)
        {
            sum += Math.Max(scores[a], 0.0);
        }

        if (sum > 0)
        {
            double inv = 1.0 / sum;
            for (int a = 0; a < scores.Length; a++)
            {
                policy[a] = Math.Max(scores[a], 0.0) * inv;
            }
        }
        else
        {
            policy.Fill(1.0 / scores.Length);
        }
    }

    /// <summary>π(a) = exp(s(a) − max s) / Σ_b exp(s(b) − max s).</summary>
    public static void Softmax(ReadOnlySpan<double> scores, Span<double> policy)
    {
        double max = double.NegativeInfinity;
        foreach (double s in scores)
        {
            max = Math.Max(max, s);
        }

        double sum = 0;
        for (int a = 0; a < scores.Length; a++)
        {
            policy[a] = Math.Exp(scores[a] - max);
            sum += policy[a];
        }

        double inv = 1.0 / sum;
        for (int a = 0; a < scores.Length; a++)
        {
            policy[a] *= inv;
        }
    }

    /// <summary>
    /// Euclidean projection onto the probability simplex: π(a) = max(s(a) − τ, 0) with τ chosen so that Σπ = 1
    /// (the sort-based method of Held, Wolfe and Crowder 1974).
    /// </summary>
    public static void ProjectOntoSimplex(ReadOnlySpan<double> scores, Span<double> policy)
    {
        int k = scores.Length;
        Span<double> sorted = k <= 64 ? stackalloc double[k] : new double[k];
        scores.CopyTo(sorted);
        sorted.Sort();
        double cumulative = 0;
        double tau = 0;
        for (int i = k - 1; i >= 0; i--)
        {
            cumulative += sorted[i];
            double candidate = (cumulative - 1) / (k - i);
            if (i == 0 || sorted[i - 1] <= candidate)
            {
                tau = candidate;
                break;
            }
        }

        for (int a = 0; a < k; a++)
        {
            policy[a] = Math.Max(scores[a] - tau, 0.0);
        }
    }

    /// <summary>Raises every probability to at least <paramref name="floor"/> and renormalises (MMD's 1e-10 clip).</summary>
    public static void ClipAndRenormalize(Span<double> policy, double floor)
    {
        double sum = 0;
        for (int a = 0; a < policy.Length; a++)
        {
            policy[a] = Math.Max(policy[a], floor);
            sum += policy[a];
        }

        double inv = 1.0 / sum;
        for (int a = 0; a < policy.Length; a++)
        {
            policy[a] *= inv;
        }
    }
}
