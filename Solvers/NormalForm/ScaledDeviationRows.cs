namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The deviation rows of a maximum-Gini program in the variables y = r ⊙ x (<see cref="MaxGiniDualNewton"/>): row i
/// is Σ_j c_ij·y_j ≤ b_i with c_ij = gain_ij·w_ij / r_j (<see cref="RepeatFactors"/>). Built once per program, so
/// that row generation's scans and each round's sub-program read plain arrays.
/// </summary>
internal sealed class ScaledDeviationRows
{
    private readonly int[] _rowStart;
    private readonly int[] _column;
    private readonly double[] _coef;
    private readonly double[] _bound;

    public ScaledDeviationRows(DeviationConstraints constraints, RepeatFactors repeats)
    {
        var r = repeats.Joint;
        int m = constraints.NumRows;
        _rowStart = new int[m + 1];
        _column = new int[constraints.NumNonzeros];
        _coef = new double[constraints.NumNonzeros];
        _bound = new double[m];
        int k = 0;
        for (int i = 0; i < m; i++)
        {
            int p = constraints.RowPlayer(i);
            var cols = constraints.Columns(i);
            var gains = constraints.Gains(i);
            for (int c = 0; c < cols.Length; c++)
            {
                _column[k] = cols[c];
                _coef[k] = gains[c] * repeats.RowWeight(constraints.Concept, p, cols[c]) / r[cols[c]];
                k++;
            }

            _rowStart[i + 1] = k;
            _bound[i] = constraints.Bound(i);
        }
    }

    /// <summary>Σ_j c_ij·y_j − b_i: how far y violates row i (negative when it holds with slack).</summary>
    public double Violation(int row, double[] y)
    {
        double v = -_bound[row];
        for (int k = _rowStart[row]; k < _rowStart[row + 1]; k++)
        {
            v += _coef[k] * y[_column[k]];
        }

        return v;
    }

    /// <summary>The sub-program of the given rows, in CSR form (row starts, columns, coefficients, bounds).</summary>
    public (int[] RowStart, int[] Column, double[] Coef, double[] Bound) Rows(int[] rows)
    {
        var rowStart = new int[rows.Length + 1];
        for (int i = 0; i < rows.Length; i++)
        {
            rowStart[i + 1] = rowStart[i] + (_rowStart[rows[i] + 1] - _rowStart[rows[i]]);
        }

        var column = new int[rowStart[^1]];
        var coef = new double[rowStart[^1]];
        var bound = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            int from = _rowStart[rows[i]];
            int length = rowStart[i + 1] - rowStart[i];
            Array.Copy(_column, from, column, rowStart[i], length);
            Array.Copy(_coef, from, coef, rowStart[i], length);
            bound[i] = _bound[rows[i]];
        }

        return (rowStart, column, coef, bound);
    }
}
