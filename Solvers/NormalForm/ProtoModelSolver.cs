using System.Globalization;
using Google.OrTools.ModelBuilder;
using Google.Protobuf;
using OperationsResearch;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// Solves an OR-Tools <see cref="MPModelProto"/> with a named backend through the model-builder helpers: the proto is
/// written to a private temporary file, read by <see cref="ModelBuilderHelper"/> and solved by
/// <see cref="ModelSolverHelper"/>. This is the only route to PDLP's quadratic objective from C# (the LinearSolver
/// wrapper has no quadratic terms, and GLOP silently drops them).
/// </summary>
internal static class ProtoModelSolver
{
    /// <summary>PDLP, the first-order LP/QP solver; <paramref name="epsilon"/> is its absolute and relative optimality tolerance.</summary>
    public static double[] SolvePdlp(MPModelProto model, double epsilon) =>
        Solve(model, "pdlp", string.Create(CultureInfo.InvariantCulture, $"termination_criteria {{ simple_optimality_criteria {{ eps_optimal_absolute: {epsilon} eps_optimal_relative: {epsilon} }} }}"));

    /// <summary>GLOP, the simplex LP solver, with tight feasibility tolerances.</summary>
    public static double[] SolveGlop(MPModelProto model) =>
        Solve(model, "glop", "primal_feasibility_tolerance: 1e-12 dual_feasibility_tolerance: 1e-12");

    private static double[] Solve(MPModelProto model, string backend, string parameters)
    {
        string path = Path.Combine(Path.GetTempPath(), $"gamerl-{Environment.ProcessId}-{Guid.NewGuid():N}.pb");
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                model.WriteTo(file);
            }

            using var helper = new ModelBuilderHelper();
            if (!helper.ReadModelFromProtoFile(path))
            {
                throw new InvalidOperationException($"OR-Tools could not read the {backend} model");
            }

            using var solver = new ModelSolverHelper(backend);
            if (!solver.SolverIsSupported())
            {
                throw new InvalidOperationException($"OR-Tools solver '{backend}' is not available");
            }

            solver.SetSolverSpecificParameters(parameters);
            solver.Solve(helper);
            var status = solver.Status();
            if (status != SolveStatus.OPTIMAL || !solver.HasSolution())
            {
                throw new InvalidOperationException($"{backend} returned {status} for a model with {model.Variable.Count} variables and {model.Constraint.Count} constraints");
            }

            var x = new double[model.Variable.Count];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = solver.VariableValue(i);
            }

            return x;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
