using OperationsResearch;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The maximum-Gini (C)CE quadratic program of OpenSpiel's <c>_qp_ce</c>/<c>_qp_cce</c>, solved by PDLP:
/// <code>
///   maximise 1 − Σ_a r(a)·x(a)² [− 2ε]   s.t.  Σ_a r(a)·x(a) = 1,  x ≥ 0,
///            Σ_a gain_row(a)·w_row(a)·x(a) ≤ ε_row [+ ε]  for every row,  [ε ≤ 0]
/// </code>
/// where r is the joint repeat factor, w the row weight (<see cref="RepeatFactors"/>) and the bracketed terms belong to the
/// min-ε variant. The distribution returned is r ⊙ x. Without any constraint row the answer is r / Σ r.
/// </summary>
internal static class MaxGiniProgram
{
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
}
