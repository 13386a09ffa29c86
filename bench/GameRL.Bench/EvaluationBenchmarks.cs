using BenchmarkDotNet.Attributes;
using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Policies;

namespace GameRL.Bench;

/// <summary>Tree compilation and exact exploitability of a policy (the Foundation issue's speed target: ≤ 30 µs on Leduc).</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private IGame _game = null!;
    private PolicyEvaluator _evaluator = null!;
    private TabularPolicy _policy = null!;

    /// <summary>The game benchmarked.</summary>
    [Params("kuhn_poker", "leduc_poker")]
    public string Spec { get; set; } = "leduc_poker";

    /// <summary>Compiles the tree and a random policy once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _game = GameCatalog.Load(Spec);
        var tree = GameTree.Build(_game);
        _evaluator = new PolicyEvaluator(tree);
        _policy = TabularPolicy.Random(tree, 1);
    }

    /// <summary>Walks the rules and lays out the flat tree.</summary>
    [Benchmark]
    public GameTree CompileTree() => GameTree.Build(_game);

    /// <summary>NashConv of a random policy: both best responses and the on-policy values.</summary>
    [Benchmark]
    public double ExactExploitability() => _evaluator.Evaluate(_policy).NashConv;
}
