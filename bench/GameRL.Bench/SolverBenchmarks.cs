using BenchmarkDotNet.Attributes;
using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Tabular;

namespace GameRL.Bench;

/// <summary>One iteration of each tabular solver on Kuhn and Leduc poker (single thread).</summary>
[MemoryDiagnoser]
public class SolverBenchmarks
{
    private TabularSolver _solver = null!;

    /// <summary>The game.</summary>
    [Params("kuhn_poker", "leduc_poker")]
    public string Spec { get; set; } = "leduc_poker";

    /// <summary>The algorithm's console name.</summary>
    [Params("cfr", "cfr+", "dcfr", "pcfr+", "ftrl", "mmd", "mmd-dilated", "balanced-ftrl")]
    public string Algo { get; set; } = "cfr";

    /// <summary>Compiles the game and warms the solver past its first iterations.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var tree = GameTree.Build(GameCatalog.Load(Spec));
        _solver = SolverCatalog.Create(SolverCatalog.Parse(Algo), tree);
        for (int i = 0; i < 100; i++)
        {
            _solver.Iterate();
        }
    }

    /// <summary>One iteration (one sampled episode for balanced-ftrl).</summary>
    [Benchmark]
    public void Iterate() => _solver.Iterate();
}
