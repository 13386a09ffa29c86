using GameRL.Games.NormalForm;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// Values and equilibrium gaps of a distribution over joint actions (OpenSpiel's normal-form <c>CEDist</c> and
/// <c>CCEDist</c>): the sum over players of each player's best deviation gain,
/// <list type="bullet">
/// <item>CE: Σ_{a₀} max_{a₁} Σ_{a₋ₚ} x(a₀, a₋ₚ)·[u_p(a₁, a₋ₚ) − u_p(a₀, a₋ₚ)] (a₁ = a₀ included, so each term is ≥ 0);</item>
/// <item>CCE: max(0, max_{a′} Σ_a x(a)·[u_p(a′, a₋ₚ) − u_p(a)]).</item>
/// </list>
/// A distribution is a (C)CE exactly when its gap is 0, and the CCE gap never exceeds the CE gap.
/// </summary>
public static class CorrelatedGaps
{
    /// <summary>Each player's expected payoff under the distribution.</summary>
    public static double[] ExpectedValues(PayoffTensor payoffs, ReadOnlySpan<double> distribution)
    {
        Check(payoffs, distribution);
        var values = new double[payoffs.NumPlayers];
        for (int p = 0; p < payoffs.NumPlayers; p++)
        {
            var u = payoffs.Of(p);
            double s = 0;
            for (int j = 0; j < distribution.Length; j++)
            {
                s += distribution[j] * u[j];
            }

            values[p] = s;
        }

        return values;
    }

    /// <summary>The sum of all players' expected payoffs.</summary>
    public static double Welfare(PayoffTensor payoffs, ReadOnlySpan<double> distribution) => ExpectedValues(payoffs, distribution).Sum();

    /// <summary>The gap of the distribution for <paramref name="concept"/>: the sum of <see cref="PlayerGaps"/>.</summary>
    public static double Gap(PayoffTensor payoffs, ReadOnlySpan<double> distribution, EquilibriumConcept concept) =>
        PlayerGaps(payoffs, distribution, concept).Sum();

    /// <summary>Each player's best deviation gain for <paramref name="concept"/>.</summary>
    public static double[] PlayerGaps(PayoffTensor payoffs, ReadOnlySpan<double> distribution, EquilibriumConcept concept)
    {
        Check(payoffs, distribution);
        var gaps = new double[payoffs.NumPlayers];
        for (int p = 0; p < payoffs.NumPlayers; p++)
        {
            gaps[p] = concept == EquilibriumConcept.Correlated ? CeGap(payoffs, distribution, p) : CceGap(payoffs, distribution, p);
        }

        return gaps;
    }

    private static double CeGap(PayoffTensor payoffs, ReadOnlySpan<double> x, int p)
    {
        var u = payoffs.Of(p);
        int stride = payoffs.Stride(p);
        int n = payoffs.NumActions[p];
        int[] bases = DeviationConstraints.SliceBases(payoffs, p);
        double total = 0;
        for (int a0 = 0; a0 < n; a0++)
        {
            double best = 0;
            for (int a1 = 0; a1 < n; a1++)
            {
                if (a1 == a0)
                {
                    continue;
                }

                double gain = 0;
                foreach (int b in bases)
                {
                    int j = b + (a0 * stride);
                    gain += x[j] * (u[b + (a1 * stride)] - u[j]);
                }

                best = Math.Max(best, gain);
            }

            total += best;
        }

        return total;
    }

    private static double CceGap(PayoffTensor payoffs, ReadOnlySpan<double> x, int p)
    {
        var u = payoffs.Of(p);
        int stride = payoffs.Stride(p);
        int n = payoffs.NumActions[p];
        int[] bases = DeviationConstraints.SliceBases(payoffs, p);
        double onPolicy = 0;
        for (int j = 0; j < x.Length; j++)
        {
            onPolicy += x[j] * u[j];
        }

        double best = 0;
        for (int a1 = 0; a1 < n; a1++)
        {
            double deviation = 0;
            foreach (int b in bases)
            {
                double mass = 0;
                for (int own = 0; own < n; own++)
                {
                    mass += x[b + (own * stride)];
                }

                deviation += mass * u[b + (a1 * stride)];
            }

            best = Math.Max(best, deviation - onPolicy);
        }

        return best;
    }

    private static void Check(PayoffTensor payoffs, ReadOnlySpan<double> distribution)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        if (distribution.Length != payoffs.NumJoint)
        {
            throw new ArgumentException($"expected {payoffs.NumJoint} probabilities, got {distribution.Length}", nameof(distribution));
        }
    }
}
