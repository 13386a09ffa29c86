using BenchmarkDotNet.Attributes;
using GameRL.Games.Api;
using GameRL.Games.NormalForm;
using GameRL.Games.Tree;
using GameRL.Solvers.Jpsro;
using GameRL.Solvers.NormalForm;

namespace GameRL.Bench;

/// <summary>The correlated-equilibrium issue's speed targets: a 100×100 two-player MGCE and JPSRO rounds on 3-player Kuhn.</summary>
[MemoryDiagnoser]
public class CorrelatedBenchmarks
{
    private PayoffTensor _game = null!;
    private GameTree _kuhn3 = null!;

    /// <summary>A random 100×100 game with uniform payoffs in [0, 1) (seed 0) and the 3-player Kuhn tree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(0);
        _game = new PayoffTensor([100, 100], Enumerable.Range(0, 20_000).Select(_ => rng.NextDouble()).ToArray());
        _kuhn3 = GameTree.Build(GameCatalog.Load("kuhn_poker(players=3)"));
    }

    /// <summary>Maximum-Gini CE of the 100×100 game: dual Newton with row generation over its 19,800 CE rows.</summary>
    [Benchmark]
    public double MaxGiniCe100() => MetaSolver.Solve(MetaSolverKind.MaxGiniCorrelated, _game, new Random(0)).Distribution[0];

    /// <summary>JPSRO(CCE), MGCCE/MWCCE, 16 rounds on 3-player Kuhn (per-round cost grows with the populations).</summary>
    [Benchmark]
    public double Jpsro16RoundsKuhn3() => JpsroSolver.Run(_kuhn3, new JpsroOptions { Iterations = 15 }).FinalEvalGap;
}
