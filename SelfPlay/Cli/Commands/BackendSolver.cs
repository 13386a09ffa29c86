using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Kernels;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Policies;
using GameRL.Solvers.Tabular;
using ILGPU;
using ILGPU.Runtime;

namespace GameRL.Cli.Commands;

/// <summary>A solver on a backend, with the accelerator it borrows; disposing releases everything.</summary>
internal sealed class BackendSolver : IDisposable
{
    private readonly Context? _context;
    private readonly Accelerator? _accelerator;
    private readonly DeviceEvaluator? _evaluator;

    public BackendSolver(Backend backend, int device, Algorithm algorithm, GameTree tree, SolverOptions options)
    {
        if (backend == GameRL.Kernels.Backend.Cpu)
        {
            Solver = SolverCatalog.Create(algorithm, tree, options);
            Evaluate = new PolicyEvaluator(tree).Evaluate;
            DeviceName = "CPU (C# driver)";
            return;
        }

        if (!SolverCatalog.IsLocalRule(algorithm))
        {
            throw new GameRLException($"{SolverCatalog.NameOf(algorithm)} runs on the cpu backend only");
        }

        (_context, _accelerator) = Accelerators.Open(backend, device);
        try
        {
            Solver = DeviceSolverFactory.Create(_accelerator, algorithm, tree, options);
            _evaluator = new DeviceEvaluator(_accelerator, tree);
            Evaluate = p => _evaluator.Evaluate(p.ToArray());
            DeviceName = _accelerator.Name;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public TabularSolver Solver { get; } = null!;

    public Func<TabularPolicy, ExploitabilityReport> Evaluate { get; } = null!;

    public string DeviceName { get; }

    /// <summary>Waits for queued device work (no-op on the CPU).</summary>
    public void Synchronize() => _accelerator?.Synchronize();

    public void Dispose()
    {
        (Solver as IDisposable)?.Dispose();
        _evaluator?.Dispose();
        _accelerator?.Dispose();
        _context?.Dispose();
    }
}
