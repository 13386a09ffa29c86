using OperationsResearch;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The linear program of OpenSpiel's <c>_linear</c>, solved by GLOP: maximise Σ_a cost(a)·x(a) subject to Σ x = 1,
/// x ≥ 0 and the (C)CE rows. The cost is the welfare Σ_p u_p(a) (<c>mw*</c>), the welfare plus a 1e-6·N(0,1) tie-break
/// (<c>rmw*</c>) or N(0,1) (<c>rv*</c>). Repeats are ignored, as in OpenSpiel. Without any row the answer is uniform.
/// </summary>
internal static class WelfareProgram
{
    public static double[] Solve(DeviationConstraints constraints, double[] cost)
    {
        int n = constraints.NumJoint;
        if (constraints.NumRows == 0)
        {
            return Enumerable.Repeat(1.0 / n, n).ToArray();
        }

        var model = new MPModelProto { Maximize = true };
        for (int j = 0; j < n; j++)
        {
            model.Variable.Add(new MPVariableProto { LowerBound = 0, UpperBound = double.PositiveInfinity, ObjectiveCoefficient = cost[j] });
        }

        var sum = new MPConstraintProto { LowerBound = 1, UpperBound = 1 };
        for (int j = 0; j < n; j++)
        {
            sum.VarIndex.Add(j);
            sum.Coefficient.Add(1);
        }

        model.Constraint.Add(sum);
        for (int row = 0; row < constraints.NumRows; row++)
        {
            var c = new MPConstraintProto { LowerBound = double.NegativeInfinity, UpperBound = constraints.Bound(row) };
            c.VarIndex.Add(constraints.Columns(row).ToArray());
            c.Coefficient.Add(constraints.Gains(row).ToArray());
            model.Constraint.Add(c);
        }

        return ProtoModelSolver.SolveGlop(model);
    }
}
