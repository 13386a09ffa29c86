using OperationsResearch;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The maximum-Gini (C)CE quadratic program of OpenSpiel's <c>_qp_ce</c>/<c>_qp_cce</c>, solved by PDLP:
/// <code>
///   maximise 1 − Σ_a r(a)·x(a)² [− 2ε]   s.t.  Σ_a r(a)·x(a) = 1,  x ≥ 0,
///            Σ_a gain_row(a)·w_row(a)·x(a) ≤ ε_row [+ ε]  for every row,  [ε ≤ 0]
/// </code>
/// where r is the joint repeat factor, w the row weight (<see cref="RepeatFactors"/>) and the bracketed terms belong to the
/// min-ε variant. The distribution returned is r ⊙ x. Without any constraint row the answer is r / Σ r. With at most
/// 400 rows (and no ε variable) the exact dual Newton method (<see cref="MaxGiniDualNewton"/>) is tried first.
/// </summary>
internal static class MaxGiniProgram
{
    /// <summary>Up to this many rows the exact dual Newton method is tried first (its Cholesky is cubic in the rows).</summary>
    private const int MaxDualRows = 400;

    public static double[] Solve(DeviationConstraints constraints, RepeatFactors repeats, bool minEpsilon, out double? epsilon)
    {
        int n = constraints.NumJoint;
        var r = repeats.Joint;
        epsilon = null;
        if (constraints.NumRows == 0)
        {
            double total = r.Sum();
            return r.Select(v => v / total).ToArray();
        }

        if (!minEpsilon && constraints.NumRows <= MaxDualRows)
        {
            var y = SolveDual(constraints, repeats);
            if (y is not null)
            {
                return y;
            }
        }

        var model = new MPModelProto();
        for (int j = 0; j < n; j++)
        {
            model.Variable.Add(new MPVariableProto { LowerBound = 0, UpperBound = double.PositiveInfinity });
        }

        int epsIndex = -1;
        if (minEpsilon)
        {
            epsIndex = n;
            model.Variable.Add(new MPVariableProto { LowerBound = double.NegativeInfinity, UpperBound = 0, ObjectiveCoefficient = 2 });
        }

        var sum = new MPConstraintProto { LowerBound = 1, UpperBound = 1 };
        for (int j = 0; j < n; j++)
        {
            sum.VarIndex.Add(j);
            sum.Coefficient.Add(r[j]);
        }

        model.Constraint.Add(sum);
        for (int row = 0; row < constraints.NumRows; row++)
        {
            int p = constraints.RowPlayer(row);
            var c = new MPConstraintProto { LowerBound = double.NegativeInfinity, UpperBound = minEpsilon ? 0 : constraints.Bound(row) };
            var cols = constraints.Columns(row);
            var gains = constraints.Gains(row);
            for (int k = 0; k < cols.Length; k++)
            {
                c.VarIndex.Add(cols[k]);
                c.Coefficient.Add(gains[k] * repeats.RowWeight(constraints.Concept, p, cols[k]));
            }

            if (minEpsilon)
            {
                c.VarIndex.Add(epsIndex);
                c.Coefficient.Add(-1);
            }

            model.Constraint.Add(c);
        }

        var q = new MPQuadraticObjective();
        for (int j = 0; j < n; j++)
        {
            q.Qvar1Index.Add(j);
            q.Qvar2Index.Add(j);
            q.Coefficient.Add(r[j]);
        }

        model.QuadraticObjective = q;
        double tolerance = constraints.NumNonzeros < 200_000 ? 1e-10 : 1e-8;
        var solution = ProtoModelSolver.SolvePdlp(model, tolerance);
        if (minEpsilon)
        {
            epsilon = solution[epsIndex];
        }

        var dist = new double[n];
        for (int j = 0; j < n; j++)
        {
            dist[j] = r[j] * solution[j];
        }

        return dist;
    }

    private static double[]? SolveDual(DeviationConstraints constraints, RepeatFactors repeats)
    {
        var r = repeats.Joint;
        var rowStart = new int[constraints.NumRows + 1];
        var column = new int[constraints.NumNonzeros];
        var coef = new double[constraints.NumNonzeros];
        var bound = new double[constraints.NumRows];
        int k = 0;
        for (int row = 0; row < constraints.NumRows; row++)
        {
            int p = constraints.RowPlayer(row);
            var cols = constraints.Columns(row);
            var gains = constraints.Gains(row);
            for (int c = 0; c < cols.Length; c++)
            {
                column[k] = cols[c];
                coef[k] = gains[c] * repeats.RowWeight(constraints.Concept, p, cols[c]) / r[cols[c]];
                k++;
            }

            rowStart[row + 1] = k;
            bound[row] = constraints.Bound(row);
        }

        return MaxGiniDualNewton.Solve(constraints.NumRows, rowStart, column, coef, bound, r);
    }
}
