namespace GameRL.Solvers.NormalForm;

/// <summary>
/// Incomplete LU with zero fill-in of a compressed-sparse-row matrix with sorted columns and a stored diagonal in every
/// row (Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., §10.3.2, the IKJ variant): L and U keep exactly
/// the pattern of A. Costs O(Σ_i Σ_{k &lt; i, a_ik ≠ 0} |row k|). Math.NET's <c>ILU0Preconditioner</c> scans dense rows
/// and is quadratic in the size, too slow for chains of thousands of states.
/// </summary>
internal sealed class Ilu0Preconditioner
{
    private readonly int[] _rowStart;
    private readonly int[] _columns;
    private readonly double[] _factors;
    private readonly int[] _diagonal;

    /// <summary>Factors the matrix; <see cref="IsValid"/> is false when a pivot vanishes or is not finite.</summary>
    public Ilu0Preconditioner(int[] rowStart, int[] columns, double[] values)
    {
        _rowStart = rowStart;
        _columns = columns;
        _factors = (double[])values.Clone();
        int n = rowStart.Length - 1;
        _diagonal = new int[n];
        var position = new int[n];
        Array.Fill(position, -1);
        IsValid = true;
        for (int i = 0; i < n && IsValid; i++)
        {
            _diagonal[i] = -1;
            for (int idx = rowStart[i]; idx < rowStart[i + 1]; idx++)
            {
                position[columns[idx]] = idx;
                if (columns[idx] == i)
                {
                    _diagonal[i] = idx;
                }
            }

            if (_diagonal[i] < 0)
            {
                IsValid = false;
                break;
            }

            for (int idx = rowStart[i]; idx < _diagonal[i]; idx++)
            {
                int k = columns[idx];
                double lik = _factors[idx] / _factors[_diagonal[k]];
                _factors[idx] = lik;
                for (int kj = _diagonal[k] + 1; kj < rowStart[k + 1]; kj++)
                {
                    int p = position[columns[kj]];
                    if (p >= 0)
                    {
                        _factors[p] -= lik * _factors[kj];
                    }
                }
            }

            double pivot = _factors[_diagonal[i]];
            IsValid = pivot != 0 && double.IsFinite(pivot);
            for (int idx = rowStart[i]; idx < rowStart[i + 1]; idx++)
            {
                position[columns[idx]] = -1;
            }
        }
    }

    /// <summary>Whether every pivot was finite and non-zero.</summary>
    public bool IsValid { get; }

    /// <summary>Solves L·U·x = b (x and b may not overlap).</summary>
    public void Solve(ReadOnlySpan<double> b, Span<double> x)
    {
        int n = _diagonal.Length;
        for (int i = 0; i < n; i++)
        {
            double sum = b[i];
            for (int idx = _rowStart[i]; idx < _diagonal[i]; idx++)
            {
                sum -= _factors[idx] * x[_columns[idx]];
            }

            x[i] = sum;
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double sum = x[i];
            for (int idx = _diagonal[i] + 1; idx < _rowStart[i + 1]; idx++)
            {
                sum -= _factors[idx] * x[_columns[idx]];
            }

            x[i] = sum / _factors[_diagonal[i]];
        }
    }
}
