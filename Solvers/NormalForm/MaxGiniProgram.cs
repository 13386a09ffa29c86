using OperationsResearch;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The maximum-Gini (C)CE quadratic program of OpenSpiel's <c>_qp_ce</c>/<c>_qp_cce</c>, solved by PDLP:
/// <code>
///   maximise 1 − Σ_a r(a)·x(a)² [− 2ε]   s.t.  Σ_a r(a)·x(a) = 1,  x ≥ 0,
///            Σ_a gain_row(a)·w_row(a)·x(a) ≤ ε_row [+ ε]  for every row,  [ε ≤ 0]
/// </code>
/// where r is the joint repeat factor, w the row weight (<see cref="RepeatFactors"/>) and the bracketed terms belong to the
/// min-ε variant. The distribution returned is r ⊙ x. Without any constraint row the answer is r / Σ r. Without the ε
/// variable the exact dual Newton method (<see cref="MaxGiniDualNewton"/>) is tried first: on all rows when there are
/// at most 400, else by row generation over a working set of rows. PDLP solves what it does not.
/// </summary>
internal static class MaxGiniProgram
{
    /// <summary>Up to this many rows the exact dual Newton method is tried on all of them; above, by row generation.</summary>
    private const int MaxDualRows = 400;

    public static double[] Solve(DeviationConstraints constraints, RepeatFactors repeats, bool minEpsilon, out double? epsilon)
    {
        var r = repeats.Joint;
        epsilon = null;
        if (constraints.NumRows == 0)
        {
            double total = r.Sum();
            return r.Select(v => v / total).ToArray();
        }

        var all = Enumerable.Range(0, constraints.NumRows).ToArray();
        if (!minEpsilon)
        {
            double[]? dual = null;
            var y = constraints.NumRows <= MaxDualRows ? SolveDual(constraints, repeats, all, ref dual) : SolveByRowGeneration(constraints, repeats);
            if (y is not null)
            {
                return y;
            }
        }

        return SolvePdlp(constraints, repeats, all, minEpsilon, out epsilon);
    }

    internal static double[] SolvePdlp(DeviationConstraints constraints, RepeatFactors repeats, int[] rows, bool minEpsilon, out double? epsilon)
    {
        int n = constraints.NumJoint;
        var r = repeats.Joint;
        epsilon = null;
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
        foreach (int row in rows)
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
        double eps = rows.Sum(row => constraints.Columns(row).Length) < 200_000 ? 1e-10 : 1e-8;
        var solution = ProtoModelSolver.SolvePdlp(model, eps);
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

    /// <summary>
    /// Row generation for programs with many rows (CEs of large games): only a few hundred of the deviation constraints
    /// bind at the maximum-Gini point (847 of 19,800 in a random 100×100 game), so solve with a working set of rows
    /// exactly by the dual method, add the rows the answer violates (most violated first, at most as many as the
    /// working set already holds, at least 64), and repeat, warm-starting the dual from the last round's multipliers
    /// (new rows start at λ = 0, which stays dual feasible), until no row is violated by more than
    /// <see cref="ViolationTolerance"/>. Each round's program has more rows than the last, so the loop ends after
    /// finitely many rounds. Returns null (the caller then solves the whole program by PDLP) when the dual method
    /// fails or the working set would exceed <see cref="MaxGenerationRows"/>.
    /// </summary>
    private static double[]? SolveByRowGeneration(DeviationConstraints constraints, RepeatFactors repeats)
    {
        var r = repeats.Joint;
        double total = r.Sum();
        var y = r.Select(v => v / total).ToArray();
        var working = new List<int>();
        var inWorking = new bool[constraints.NumRows];
        var violation = new double[constraints.NumRows];
        var multiplier = new double[constraints.NumRows];
        double nu = 1 / total;
        var scaled = new ScaledDeviationRows(constraints, repeats);
        while (true)
        {
            var violated = new List<int>();
            for (int row = 0; row < constraints.NumRows; row++)
            {
                if (inWorking[row])
                {
                    continue;
                }

                violation[row] = scaled.Violation(row, y);
                if (violation[row] > ViolationTolerance)
                {
                    violated.Add(row);
                }
            }

            if (violated.Count == 0)
            {
                return y;
            }

            int add = Math.Min(violated.Count, Math.Max(64, working.Count));
            if (working.Count + add > MaxGenerationRows)
            {
                return null;
            }

            foreach (int row in violated.OrderByDescending(i => violation[i]).Take(add))
            {
                working.Add(row);
                inWorking[row] = true;
            }

            // Rows in their original order keep one player's rows of one recommendation together (envelope Cholesky).
            working.Sort();
            double[]? dual = [.. working.Select(row => multiplier[row]), nu];
            var solved = SolveDual(scaled, r, [.. working], ref dual);
            if (solved is null)
            {
                return null;
            }

            y = solved;
            for (int i = 0; i < working.Count; i++)
            {
                multiplier[working[i]] = dual![i];
            }

            nu = dual![working.Count];
        }
    }

    /// <summary>Largest working set row generation may build before handing the whole program to PDLP.</summary>
    private const int MaxGenerationRows = 3000;

    /// <summary>Rows violated by less than this count as satisfied.</summary>
    private const double ViolationTolerance = 1e-9;

    /// <summary>The exact dual method on the given rows (null when it fails); <paramref name="dual"/> as in <see cref="MaxGiniDualNewton.Solve"/>.</summary>
    internal static double[]? SolveDual(DeviationConstraints constraints, RepeatFactors repeats, int[] rows, ref double[]? dual) =>
        SolveDual(new ScaledDeviationRows(constraints, repeats), repeats.Joint, rows, ref dual);

    private static double[]? SolveDual(ScaledDeviationRows scaled, double[] r, int[] rows, ref double[]? dual)
    {
        var (rowStart, column, coef, bound) = scaled.Rows(rows);
        return MaxGiniDualNewton.Solve(rows.Length, rowStart, column, coef, bound, r, ref dual);
    }
}
