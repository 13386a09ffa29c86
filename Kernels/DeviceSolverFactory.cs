using GameRL.Games.Tree;
using GameRL.Solvers.Tabular;
using GameRL.Solvers.Tabular.Rules;
using ILGPU.Runtime;

namespace GameRL.Kernels;

/// <summary>Builds ILGPU drivers of local rules on one accelerator, through the solver catalog.</summary>
public sealed class DeviceSolverFactory : ILocalRuleDriverFactory<TabularSolver>
{
    private readonly Accelerator _accelerator;
    private readonly GameTree _tree;
    private readonly SolverOptions _options;

    private DeviceSolverFactory(Accelerator accelerator, GameTree tree, SolverOptions options)
    {
        _accelerator = accelerator;
        _tree = tree;
        _options = options;
    }

    /// <summary>Creates an ILGPU solver (dispose it before the accelerator); only local rules run on devices.</summary>
    public static TabularSolver Create(Accelerator accelerator, Algorithm algorithm, GameTree tree, SolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        options ??= new SolverOptions();
        return SolverCatalog.CreateLocal(algorithm, tree, options, new DeviceSolverFactory(accelerator, tree, options));
    }

    /// <inheritdoc/>
    public TabularSolver Create<TRule>(LocalRuleSpec spec)
        where TRule : struct, IUpdateRule =>
        new DeviceSolver<TRule>(_accelerator, _tree, _options, spec);
}
