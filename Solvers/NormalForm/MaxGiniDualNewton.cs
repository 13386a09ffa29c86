namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The maximum-Gini program solved exactly through its dual. In the distribution y = r ⊙ x the primal is
/// <code>  min ½ Σ_j y_j² / r_j   s.t.  Σ_j y_j = 1,  C y ≤ b,  y ≥ 0,</code>
/// whose minimiser, given multipliers λ ≥ 0 of the rows and ν of the sum, is y_j = r_j·max(0, ν − (Cᵀλ)_j). The dual
/// objective f(λ, ν) = ½ Σ_j r_j·max(0, ν − (Cᵀλ)_j)² − ν + bᵀλ is convex, piecewise quadratic and once differentiable
/// with ∇f = (b − C y, Σ y − 1). Far from the optimum a projected Newton method (Bertsekas 1982) with an Armijo
/// search along the projection arc on λ ≥ 0 makes the progress; its Armijo test sums f(z + Δ) − f(z) term by term
/// from Δ, because near the optimum that change is far below the rounding of f itself. Close to the optimum
/// (projected gradient ≤ 1e-6) it switches to primal–dual active-set steps (semismooth Newton on the KKT map
/// min(λ, ∇f) = 0, globalised by ‖F‖²), which finish in a few steps where meta-games with duplicate policies make
/// the projected method crawl. Newton systems over the free rows are factored by an envelope Cholesky
/// (<see cref="EnvelopeCholesky"/>), which skips the zero blocks that CE rows of one recommended action leave. The
/// answer is accepted only when its primal residuals and projected gradient are below 1e-12; otherwise the caller
/// falls back to PDLP.
/// </summary>
internal sealed class MaxGiniDualNewton
{
    private const int MaxIterations = 200;
    private const double Tolerance = 1e-12;

    /// <summary>Projected gradient below which the active-set steps take over.</summary>
    private const double ActiveSetSwitch = 1e-6;

    private readonly int _m;
    private readonly int[] _rowStart;
    private readonly int[] _column;
    private readonly double[] _coef;
    private readonly double[] _bound;
    private readonly double[] _r;
    private readonly int[] _colStart;
    private readonly int[] _colRow;
    private readonly double[] _colCoef;
    private double[] _hessian = [];
    private double[] _factor = [];

    private MaxGiniDualNewton(int m, int[] rowStart, int[] column, double[] coef, double[] bound, double[] r)
    {
        _m = m;
        _rowStart = rowStart;
        _column = column;
        _coef = coef;
        _bound = bound;
        _r = r;
        int n = r.Length;
        _colStart = new int[n + 1];
        foreach (int j in column)
        {
            _colStart[j + 1]++;
        }

        for (int j = 0; j < n; j++)
        {
            _colStart[j + 1] += _colStart[j];
        }

        _colRow = new int[column.Length];
        _colCoef = new double[column.Length];
        var fill = (int[])_colStart.Clone();
        for (int i = 0; i < m; i++)
        {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
            {
                int at = fill[column[k]]++;
                _colRow[at] = i;
                _colCoef[at] = coef[k];
            }
        }
    }

    /// <summary>
    /// Returns y, or null when the method did not reach its tolerance. <paramref name="dual"/> is (λ, ν): a start
    /// when given with length m + 1, and the final multipliers on return (for warm starts of a larger row set).
    /// </summary>
    public static double[]? Solve(int numRows, int[] rowStart, int[] column, double[] coef, double[] bound, double[] r, ref double[]? dual)
    {
        var solver = new MaxGiniDualNewton(numRows, rowStart, column, coef, bound, r);
        return solver.Run(ref dual);
    }

    private double[]? Run(ref double[]? dual)
    {
        int m = _m;
        int n = _r.Length;
        int dim = m + 1;
        var z = new double[dim];
        if (dual is not null && dual.Length == dim)
        {
            Array.Copy(dual, z, dim);
        }
        else
        {
            z[m] = 1 / _r.Sum();
        }

        var t = new double[n];
        var y = new double[n];
        var grad = new double[dim];
        var trial = new double[dim];
        var delta = new double[dim];
        var step = new double[dim];
        var free = new bool[dim];
        Evaluate(z, t, y, grad);
        for (int it = 0; it < MaxIterations; it++)
        {
            double projected = 0;
            for (int i = 0; i < dim; i++)
            {
                double moved = i < m ? Math.Max(z[i] - grad[i], 0) : z[i] - grad[i];
                projected = Math.Max(projected, Math.Abs(moved - z[i]));
            }

            if (projected <= Tolerance && Residual(grad) <= Tolerance)
            {
                dual = z;
                return y;
            }

            if (projected <= ActiveSetSwitch && ActiveSetStep(z, grad, t, trial, step, free))
            {
                (z, trial) = (trial, z);
                Evaluate(z, t, y, grad);
                continue;
            }

            double activeEps = Math.Min(1e-9, projected);
            for (int i = 0; i < dim; i++)
            {
                free[i] = i == m || !(z[i] <= activeEps && grad[i] > 0);
            }

            if (!NewtonStep(grad, free, step, t, z[m]))
            {
                break;
            }

            double alpha = 1;
            bool accepted = false;
            for (int ls = 0; ls < 50; ls++)
            {
                double slope = 0;
                for (int i = 0; i < dim; i++)
                {
                    double v = z[i] + (alpha * step[i]);
                    trial[i] = i < m ? Math.Max(v, 0) : v;
                    delta[i] = trial[i] - z[i];
                    slope += grad[i] * delta[i];
                }

                if (Change(z[m], delta, t) <= 1e-4 * slope)
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
            Evaluate(z, t, y, grad);
        }

        dual = z;
        return Residual(grad) <= Tolerance ? y : null;
    }

    /// <summary>‖F‖² of the KKT map F = (min(λ_i, ∇_i f), ∇_ν f).</summary>
    private double Merit(double[] z, double[] grad)
    {
        double sum = grad[_m] * grad[_m];
        for (int i = 0; i < _m; i++)
        {
            double v = Math.Min(z[i], grad[i]);
            sum += v * v;
        }

        return sum;
    }

    /// <summary>
    /// One primal–dual active-set (semismooth Newton) step on F: rows with λ_i − ∇_i f &gt; 0 solve ∇_i f = 0, the
    /// others set λ_i = 0; accepted when ‖F‖² decreases (Armijo). Fills <paramref name="trial"/>; false if rejected.
    /// </summary>
    private bool ActiveSetStep(double[] z, double[] grad, double[] t, double[] trial, double[] step, bool[] free)
    {
        int m = _m;
        int n = _r.Length;
        double nu = z[m];
        var fixedMove = new double[m];
        bool anyFixed = false;
        for (int i = 0; i <= m; i++)
        {
            free[i] = i == m || z[i] - grad[i] > 0;
            if (i < m && !free[i])
            {
                fixedMove[i] = -z[i];
                anyFixed |= z[i] != 0;
            }
        }

        var rhs = (double[])grad.Clone();
        if (anyFixed)
        {
            // The free rows' equations see the fixed rows' move v through H v = Σ_J r_j d_j (d_j·v), d_j·v = −(Cᵀv)_j.
            var w = new double[n];
            double wSum = 0;
            for (int j = 0; j < n; j++)
            {
                if (!(nu - t[j] > 0))
                {
                    continue;
                }

                double s = 0;
                for (int k = _colStart[j]; k < _colStart[j + 1]; k++)
                {
                    s += _colCoef[k] * fixedMove[_colRow[k]];
                }

                w[j] = -_r[j] * s;
                wSum += w[j];
            }

            for (int i = 0; i < m; i++)
            {
                if (!free[i])
                {
                    continue;
                }

                double s = 0;
                for (int k = _rowStart[i]; k < _rowStart[i + 1]; k++)
                {
                    s += _coef[k] * w[_column[k]];
                }

                rhs[i] -= s;
            }

            rhs[m] += wSum;
        }

        if (!NewtonStep(rhs, free, step, t, nu))
        {
            return false;
        }

        for (int i = 0; i < m; i++)
        {
            if (!free[i])
            {
                step[i] = fixedMove[i];
            }
        }

        double merit = Merit(z, grad);
        var trialGrad = new double[m + 1];
        var trialT = new double[n];
        var trialY = new double[n];
        double alpha = 1;
        for (int ls = 0; ls < 8; ls++, alpha /= 2)
        {
            for (int i = 0; i <= m; i++)
            {
                trial[i] = z[i] + (alpha * step[i]);
            }

            Evaluate(trial, trialT, trialY, trialGrad);
            if (Merit(trial, trialGrad) <= (1 - (1e-4 * alpha)) * merit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>max(|Σy − 1|, max_i (C y − b)_i) read off the gradient.</summary>
    private double Residual(double[] grad)
    {
        double worst = Math.Abs(grad[_m]);
        for (int i = 0; i < _m; i++)
        {
            worst = Math.Max(worst, -grad[i]);
        }

        return worst;
    }

    /// <summary>Fills t = Cᵀλ, y(z) and ∇f(z).</summary>
    private void Evaluate(double[] z, double[] t, double[] y, double[] grad)
    {
        double nu = z[_m];
        double total = 0;
        for (int j = 0; j < y.Length; j++)
        {
            double s = 0;
            for (int k = _colStart[j]; k < _colStart[j + 1]; k++)
            {
                s += _colCoef[k] * z[_colRow[k]];
            }

            t[j] = s;
            y[j] = _r[j] * Math.Max(0, nu - s);
            total += y[j];
        }

        for (int i = 0; i < _m; i++)
        {
            double s = 0;
            for (int k = _rowStart[i]; k < _rowStart[i + 1]; k++)
            {
                s += _coef[k] * y[_column[k]];
            }

            grad[i] = _bound[i] - s;
        }

        grad[_m] = total - 1;
    }

    /// <summary>f(z + Δ) − f(z), summed from Δ term by term so that it keeps its relative accuracy when tiny.</summary>
    private double Change(double nu, double[] delta, double[] t)
    {
        double dNu = delta[_m];
        double change = -dNu;
        for (int i = 0; i < _m; i++)
        {
            change += _bound[i] * delta[i];
        }

        for (int j = 0; j < t.Length; j++)
        {
            double dt = 0;
            for (int k = _colStart[j]; k < _colStart[j + 1]; k++)
            {
                dt += _colCoef[k] * delta[_colRow[k]];
            }

            double before = nu - t[j];
            double after = before + dNu - dt;
            double s = Math.Max(before, 0);
            double d = before > 0 && after > 0 ? dNu - dt : Math.Max(after, 0) - s;
            change += _r[j] * d * (s + (0.5 * d));
        }

        return change;
    }

    /// <summary>
    /// Solves (H_FF + δI)·d_F = −g_F with H = Σ_{j: y_j &gt; 0} r_j·d_j d_jᵀ, d_j = (−C_{:,j}, 1); off F the step is the
    /// diagonally scaled projected-gradient step −g_i / H_ii (Bertsekas' scaling on the ε-active set).
    /// </summary>
    private bool NewtonStep(double[] gradient, bool[] free, double[] step, double[] t, double nu)
    {
        int dim = _m + 1;
        var index = new int[dim];
        int k = 0;
        for (int i = 0; i < dim; i++)
        {
            index[i] = free[i] ? k++ : -1;
        }

        int last = k - 1;
        if (_hessian.Length < k * k)
        {
            _hessian = new double[k * k];
            _factor = new double[k * k];
        }

        var h = _hessian.AsSpan(0, k * k);
        h.Clear();
        var diag = new double[dim];
        var at = new int[_m];
        var val = new double[_m];
        for (int j = 0; j < t.Length; j++)
        {
            if (!(nu - t[j] > 0))
            {
                continue;
            }

            double rj = _r[j];
            int count = 0;
            for (int a = _colStart[j]; a < _colStart[j + 1]; a++)
            {
                diag[_colRow[a]] += rj * _colCoef[a] * _colCoef[a];
                int ia = index[_colRow[a]];
                if (ia >= 0)
                {
                    at[count] = ia;
                    val[count++] = _colCoef[a];
                }
            }

            // Lower triangle only; the rows of a column come in increasing order, so at[b] ≤ at[a] for b ≤ a.
            for (int a = 0; a < count; a++)
            {
                int row = at[a] * k;
                double ca = val[a] * rj;
                for (int b = 0; b <= a; b++)
                {
                    h[row + at[b]] += ca * val[b];
                }

                h[(last * k) + at[a]] -= ca;
            }

            h[(last * k) + last] += rj;
        }

        double maxDiag = 0;
        for (int i = 0; i < k; i++)
        {
            maxDiag = Math.Max(maxDiag, h[(i * k) + i]);
        }

        var rhs = new double[k];
        for (int i = 0; i < dim; i++)
        {
            if (index[i] >= 0)
            {
                rhs[index[i]] = -gradient[i];
            }
        }

        double regular = 1e-12 * Math.Max(maxDiag, 1e-300);
        for (int attempt = 0; attempt < 4; attempt++, regular *= 1e3)
        {
            var factor = _factor.AsSpan(0, k * k);
            h.CopyTo(factor);
            for (int i = 0; i < k; i++)
            {
                factor[(i * k) + i] += regular;
            }

            var x = (double[])rhs.Clone();
            if (EnvelopeCholesky.SolveInPlace(_factor, x, k))
            {
                for (int i = 0; i < dim; i++)
                {
                    step[i] = index[i] >= 0 ? x[index[i]] : (i < _m ? -gradient[i] / Math.Max(diag[i], 1e-300) : 0);
                }

                return true;
            }
        }

        return false;
    }
}
