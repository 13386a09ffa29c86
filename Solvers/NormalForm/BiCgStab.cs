using System.Numerics.Tensors;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// Right-preconditioned BiCGSTAB (van der Vorst 1992; Saad, Iterative Methods for Sparse Linear Systems, 2nd ed.,
/// Algorithm 9.5 with right preconditioning) for an <see cref="AnchoredSystem"/>, starting from the caller's x. The
/// recurrence residual is replaced by the true residual b − A·x every <see cref="ReplaceEvery"/> iterations and before
/// convergence is accepted, and a vanishing ρ or ω restarts the method from the current x.
/// <para>
/// It stops when every row but the normalisation row satisfies |r_i| ≤ tolerance·(Σ_j |A_ij|·‖x‖∞ + |b_i|) and the
/// normalisation row (Σx, whose rounding grows like n·10⁻¹⁶) satisfies the same with √tolerance. Math.NET's solvers
/// do not fit: its GpBiCg and TFQMR ignore the initial guess, its BiCgStab forms the trial solution of its convergence
/// test from the previous iteration's ŝ and breaks down erratically near convergence, and its residual criterion
/// compares ‖r‖∞ with ‖b‖∞ only.
/// </para>
/// </summary>
internal static class BiCgStab
{
    /// <summary>Iterations between replacements of the recurrence residual by the true residual.</summary>
    public const int ReplaceEvery = 50;

    private const int MaxRestarts = 10;

    /// <summary>Solves A·x = b in place; returns false when it does not converge within the limit.</summary>
    public static bool Solve(AnchoredSystem a, Ilu0Preconditioner m, ReadOnlySpan<double> b, Span<double> x, double tolerance, int maxIterations, out int iterations)
    {
        int n = a.Size;
        var rowScale = a.RowScale();
        var r = new double[n];
        var rHat = new double[n];
        var p = new double[n];
        var v = new double[n];
        var pHat = new double[n];
        var s = new double[n];
        var sHat = new double[n];
        var t = new double[n];
        TrueResidual(a, b, x, r);
        r.CopyTo(rHat, 0);
        double rho = 1, alpha = 1, omega = 1;
        int restarts = 0;
        iterations = 0;
        while (true)
        {
            if (Converged(rowScale, a.NormalisationRow, b, x, r, tolerance))
            {
                TrueResidual(a, b, x, r);
                if (Converged(rowScale, a.NormalisationRow, b, x, r, tolerance))
                {
                    return true;
                }
            }

            if (iterations >= maxIterations)
            {
                return false;
            }

            double rhoNext = TensorPrimitives.Dot(rHat, r);
            if (!(Math.Abs(rhoNext) > 1e-300) || !double.IsFinite(omega) || omega == 0)
            {
                if (++restarts > MaxRestarts)
                {
                    return false;
                }

                TrueResidual(a, b, x, r);
                r.CopyTo(rHat, 0);
                Array.Clear(p);
                Array.Clear(v);
                rho = alpha = omega = 1;
                continue;
            }

            iterations++;
            double beta = rhoNext / rho * (alpha / omega);
            for (int i = 0; i < n; i++)
            {
                p[i] = r[i] + (beta * (p[i] - (omega * v[i])));
            }

            m.Solve(p, pHat);
            a.Multiply(pHat, v);
            alpha = rhoNext / TensorPrimitives.Dot(rHat, v);
            for (int i = 0; i < n; i++)
            {
                s[i] = r[i] - (alpha * v[i]);
            }

            m.Solve(s, sHat);
            a.Multiply(sHat, t);
            double tt = TensorPrimitives.Dot(t, t);
            omega = tt > 0 ? TensorPrimitives.Dot(t, s) / tt : 0;
            for (int i = 0; i < n; i++)
            {
                x[i] += (alpha * pHat[i]) + (omega * sHat[i]);
                r[i] = s[i] - (omega * t[i]);
            }

            rho = rhoNext;
            if (!double.IsFinite(alpha) || !double.IsFinite(omega))
            {
                return false;
            }

            if (iterations % ReplaceEvery == 0)
            {
                TrueResidual(a, b, x, r);
            }
        }
    }

    private static bool Converged(double[] rowScale, int normalisationRow, ReadOnlySpan<double> b, ReadOnlySpan<double> x, double[] r, double tolerance)
    {
        double norm = 0;
        foreach (double e in x)
        {
            norm = Math.Max(norm, Math.Abs(e));
        }

        if (!double.IsFinite(norm))
        {
            return false;
        }

        double loose = Math.Sqrt(tolerance);
        for (int i = 0; i < r.Length; i++)
        {
            double bound = (i == normalisationRow ? loose : tolerance) * ((rowScale[i] * norm) + Math.Abs(b[i]));
            if (!(Math.Abs(r[i]) <= bound))
            {
                return false;
            }
        }

        return true;
    }

    private static void TrueResidual(AnchoredSystem a, ReadOnlySpan<double> b, ReadOnlySpan<double> x, double[] r)
    {
        a.Multiply(x, r);
        for (int i = 0; i < r.Length; i++)
        {
            r[i] = b[i] - r[i];
        }
    }
}
