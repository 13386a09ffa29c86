using System.CommandLine;
using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Kernels;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Policies;
using GameRL.Solvers.Tabular;
using ILGPU;
using ILGPU.Runtime;

namespace GameRL.Cli.Commands;

/// <summary><c>--backend cpu|ilgpu-cpu|cuda</c> and <c>--device N</c>, and the solvers and evaluators they give.</summary>
internal sealed class BackendOptions
{
    public Option<string> Backend { get; } = new("--backend") { Description = "cpu (default), ilgpu-cpu (ILGPU's slow CPU simulator) or cuda", DefaultValueFactory = _ => "cpu" };

    public Option<int> Device { get; } = new("--device") { Description = "CUDA device index", DefaultValueFactory = _ => 0 };

    public void AddTo(Command cmd)
    {
        cmd.Options.Add(Backend);
        cmd.Options.Add(Device);
    }

    public static Backend Parse(string text) => text switch
    {
        "cpu" => GameRL.Kernels.Backend.Cpu,
        "ilgpu-cpu" => GameRL.Kernels.Backend.IlgpuCpu,
        "cuda" => GameRL.Kernels.Backend.Cuda,
        _ => throw new GameRLException($"unknown --backend '{text}'; valid: cpu, ilgpu-cpu, cuda"),
    };
}

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
