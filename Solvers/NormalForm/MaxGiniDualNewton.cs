namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The maximum-Gini program solved exactly through its dual when it has few constraint rows (every CCE, and CEs of
/// small games). In the distribution y = r ⊙ x the primal is
/// <code>  min ½ Σ_j y_j² / r_j   s.t.  Σ_j y_j = 1,  C y ≤ b,  y ≥ 0,</code>
/// whose minimiser, given multipliers λ ≥ 0 of the rows and ν of the sum, is y_j = r_j·max(0, ν − (Cᵀλ)_j). The dual
/// objective f(λ, ν) = ½ Σ_j r_j·max(0, ν − (Cᵀλ)_j)² − ν + bᵀλ is convex, piecewise quadratic and once differentiable
/// with ∇f = (b − C y, Σ y − 1), so a projected Newton method (Bertsekas 1982) with an Armijo search on λ ≥ 0
/// converges in a few steps. The answer is accepted only when its primal residuals are below 1e-12; otherwise the
/// caller falls back to PDLP.
/// </summary>
internal static class MaxGiniDualNewton
{
    private const int MaxIterations = 200;

    /// <summary>Returns y, or null when the method did not reach its tolerance.</summary>
    public static double[]? Solve(int numRows, int[] rowStart, int[] column, double[] coef, double[] bound, double[] r)
    {
        int m = numRows;
        int n = r.Length;
        int dim = m + 1;

        // Column-major copy of C for Cᵀλ and the Hessian.
        var colCount = new int[n + 1];
        foreach (int j in column)
        {
            colCount[j + 1]++;
        }

        for (int j = 0; j < n; j++)
        {
            colCount[j + 1] += colCount[j];
        }

        var colRow = new int[column.Length];
        var colCoef = new double[column.Length];
        var fill = (int[])colCount.Clone();
        for (int i = 0; i < m; i++)
        {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
            {
                int at = fill[column[k]]++;
                colRow[at] = i;
                colCoef[at] = coef[k];
            }
        }

        double rSum = r.Sum();
        var z = new double[dim];
        z[m] = 1 / rSum;
        var y = new double[n];
        var grad = new double[dim];
        var trial = new double[dim];
        var step = new double[dim];
        var h = new double[dim * dim];
        var free = new bool[dim];
        double f = Evaluate(z, y, grad, m, rowStart, column, coef, bound, r, colCount, colRow, colCoef);
        for (int it = 0; it < MaxIterations; it++)
        {
            double projected = 0;
            for (int i = 0; i < dim; i++)
            {
                double moved = i < m ? Math.Max(z[i] - grad[i], 0) : z[i] - grad[i];
                projected = Math.Max(projected, Math.Abs(moved - z[i]));
            }

            if (projected <= 1e-15 && Residual(y, m, rowStart, column, coef, bound) <= 1e-12)
            {
                return y;
            }

            double activeEps = Math.Min(1e-9, projected);
            for (int i = 0; i < dim; i++)
            {
                free[i] = i == m || !(z[i] <= activeEps && grad[i] > 0);
            }

            if (!NewtonStep(z, grad, free, step, h, y, m, r, colCount, colRow, colCoef))
            {
                return null;
            }

            double alpha = 1;
            bool accepted = false;
            for (int ls = 0; ls < 60; ls++)
            {
                for (int i = 0; i < dim; i++)
                {
                    double v = free[i] ? z[i] + (alpha * step[i]) : 0;
                    trial[i] = i < m ? Math.Max(v, 0) : v;
                }

                double decrease = 0;
                for (int i = 0; i < dim; i++)
                {
                    decrease += grad[i] * (trial[i] - z[i]);
                }

                double ft = Evaluate(trial, y, null, m, rowStart, column, coef, bound, r, colCount, colRow, colCoef);
                if (ft <= f + (1e-4 * decrease) || Math.Abs(ft - f) <= 1e-16 * Math.Max(1, Math.Abs(f)))
                {
                    accepted = true;
                    break;
                }

                alpha /= 2;
            }

            if (!accepted)
            {
                break;
            }

            (z, trial) = (trial, z);
            f = Evaluate(z, y, grad, m, rowStart, column, coef, bound, r, colCount, colRow, colCoef);
        }

        Evaluate(z, y, grad, m, rowStart, column, coef, bound, r, colCount, colRow, colCoef);
        return Residual(y, m, rowStart, column, coef, bound) <= 1e-12 ? y : null;
    }

    /// <summary>max(|Σy − 1|, max_i (C y − b)_i).</summary>
    private static double Residual(double[] y, int m, int[] rowStart, int[] column, double[] coef, double[] bound)
    {
        double worst = Math.Abs(y.Sum() - 1);
        for (int i = 0; i < m; i++)
        {
            double s = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
            {
                s += coef[k] * y[column[k]];
            }

            worst = Math.Max(worst, s - bound[i]);
        }

        return worst;
    }

    /// <summary>f(z); fills y(z) and, when asked, ∇f(z).</summary>
    private static double Evaluate(double[] z, double[] y, double[]? grad, int m, int[] rowStart, int[] column, double[] coef, double[] bound, double[] r, int[] colStart, int[] colRow, double[] colCoef)
    {
        double nu = z[m];
        double f = -nu;
        for (int i = 0; i < m; i++)
        {
            f += bound[i] * z[i];
        }

        for (int j = 0; j < y.Length; j++)
        {
            double t = 0;
            for (int k = colStart[j]; k < colStart[j + 1]; k++)
            {
                t += colCoef[k] * z[colRow[k]];
            }

            double s = Math.Max(0, nu - t);
            y[j] = r[j] * s;
            f += 0.5 * r[j] * s * s;
        }

        if (grad is not null)
        {
            for (int i = 0; i < m; i++)
            {
                double s = 0;
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
                {
                    s += coef[k] * y[column[k]];
                }

                grad[i] = bound[i] - s;
            }

            grad[m] = y.Sum() - 1;
        }

        return f;
    }

    /// <summary>Solves (H_FF + δI)·d_F = −∇f_F with H = Σ_{j: y_j &gt; 0} r_j·d_j d_jᵀ, d_j = (−C_{:,j}, 1); d = 0 off F.</summary>
    private static bool NewtonStep(double[] z, double[] grad, bool[] free, double[] step, double[] h, double[] y, int m, double[] r, int[] colStart, int[] colRow, double[] colCoef)
    {
        int dim = m + 1;
        Array.Clear(h);
        for (int j = 0; j < y.Length; j++)
        {
            if (y[j] <= 0)
            {
                continue;
            }

            double rj = r[j];
            for (int a = colStart[j]; a < colStart[j + 1]; a++)
            {
                int ia = colRow[a];
                double ca = colCoef[a] * rj;
                for (int b = colStart[j]; b < colStart[j + 1]; b++)
                {
                    h[(ia * dim) + colRow[b]] += ca * colCoef[b];
                }

                h[(ia * dim) + m] -= ca;
                h[(m * dim) + ia] -= ca;
            }

            h[(m * dim) + m] += rj;
        }

        var index = Enumerable.Range(0, dim).Where(i => free[i]).ToArray();
        int k = index.Length;
        var a2 = new double[k * k];
        double maxDiag = 0;
        for (int i = 0; i < k; i++)
        {
            maxDiag = Math.Max(maxDiag, h[(index[i] * dim) + index[i]]);
        }

        double delta = 1e-12 * Math.Max(maxDiag, 1e-300);
        for (int i = 0; i < k; i++)
        {
            for (int c = 0; c < k; c++)
            {
                a2[(i * k) + c] = h[(index[i] * dim) + index[c]];
            }

            a2[(i * k) + i] += delta;
        }

        var rhs = index.Select(i => -grad[i]).ToArray();
        if (!Cholesky.SolveInPlace(a2, rhs, k))
        {
            return false;
        }

        Array.Clear(step);
        for (int i = 0; i < k; i++)
        {
            step[index[i]] = rhs[i];
        }

        return true;
    }
}
