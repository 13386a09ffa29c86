using System.Text.Json;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Jpsro;
using GameRL.Solvers.NormalForm;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.Jpsro;

/// <summary>JPSRO runs on small games: convergence where the answer is known, exactness of the meta-game, options.</summary>
public class JpsroSolverTests
{
    private static readonly Lazy<GameRL.Games.Tree.GameTree> Kuhn3 = new(() => Trees.Of("kuhn_poker(players=3)"));

    [Fact]
    public void JpsroOnTwoPlayerKuhnEndsWithZeroGapAndUnexploitableMarginals()
    {
        var result = JpsroSolver.Run(Trees.Kuhn, new JpsroOptions { Iterations = 10 }, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(0, result.FinalEvalGap);
        var marginal = Exploitability.Evaluate(result.MarginalPolicy(result.EvalDistribution));
        Assert.True(marginal.Exploitability <= 1e-9, $"exploitability {marginal.Exploitability}");
        Assert.Equal(-1.0 / 18, result.Iterations[^1].EvalValues[0], 1e-9);
    }

    [Fact]
    public void MetaGameEntriesAreTheExactValuesOfTheJointPolicies()
    {
        var result = JpsroSolver.Run(Kuhn3.Value, new JpsroOptions { Iterations = 2 }, cancellation: TestContext.Current.CancellationToken);
        var g = result.MetaGame;
        var evaluator = new PolicyEvaluator(Kuhn3.Value);
        var ids = new int[3];
        for (int j = 0; j < g.NumJoint; j++)
        {
            for (int p = 0; p < 3; p++)
            {
                ids[p] = g.ActionOf(j, p);
            }

            var values = evaluator.ExpectedValues(result.JointPolicy(ids).Probabilities);
            for (int p = 0; p < 3; p++)
            {
                Assert.Equal(values[p], g[p, j], 1e-12);
            }
        }
    }

    [Fact]
    public void EvalGapIsTheTreeCoarseCorrelatedDistanceOfTheEvalDevice()
    {
        // Round t's eval gap is measured on the distribution left by round t−1; rerun one round fewer to get that device.
        var shorter = JpsroSolver.Run(Kuhn3.Value, new JpsroOptions { Iterations = 2 }, cancellation: TestContext.Current.CancellationToken);
        var longer = JpsroSolver.Run(Kuhn3.Value, new JpsroOptions { Iterations = 3 }, cancellation: TestContext.Current.CancellationToken);
        double gap = new CorrelatedBestResponse(Kuhn3.Value).Distance(shorter.Device(shorter.EvalDistribution), correlated: false).Gap;
        Assert.Equal(gap, longer.Iterations[3].EvalGap, 1e-9);
    }

    [Fact]
    public void SameSeedGivesTheSameRunAndGapsAreNeverNegative()
    {
        var options = new JpsroOptions
        {
            Seed = 5, Iterations = 3, PolicyInit = PolicyInit.RandomDeterministic, PlayerUpdate = PlayerUpdate.Random,
            Selection = BestResponseSelection.RandomNovel, TrainMetaSolver = MetaSolverKind.RandomDirichlet,
        };
        var a = JpsroSolver.Run(Kuhn3.Value, options, cancellation: TestContext.Current.CancellationToken);
        var b = JpsroSolver.Run(Kuhn3.Value, options, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(a.TrainDistribution, b.TrainDistribution);
        Assert.Equal(a.Iterations.Select(i => i.EvalGap), b.Iterations.Select(i => i.EvalGap));
        Assert.All(a.Iterations, i => Assert.True(i.TrainGaps.All(g => g >= 0) && i.EvalGaps.All(g => g >= 0)));
    }

    [Theory]
    [InlineData("ce", "all", "all", "mgce")]
    [InlineData("ce", "all_novel", "cycle", "mwce")]
    [InlineData("cce", "random", "random", "uni")]
    [InlineData("cce", "random_novel", "all", "prd")]
    [InlineData("ce", "largest_gap", "all", "undominated_uni")]
    [InlineData("cce", "all", "cycle", "rvcce")]
    [InlineData("ce", "largest_gap", "all", "alpharank")]
    public void EveryOptionRunsAndKeepsDistributionsNormalised(string target, string selection, string update, string train)
    {
        var result = JpsroSolver.Run(Trees.Kuhn, new JpsroOptions
        {
            Iterations = 3,
            Target = JpsroNames.ParseTarget(target),
            Selection = JpsroNames.ParseSelection(selection),
            PlayerUpdate = JpsroNames.ParseUpdate(update),
            TrainMetaSolver = MetaSolverCatalog.Parse(train),
        }, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(4, result.Iterations.Count);
        Assert.Equal(1, result.TrainDistribution.Sum(), 1e-12);
        Assert.Equal(1, result.EvalDistribution.Sum(), 1e-12);
        Assert.All(result.Iterations, i => Assert.True(i.NumPolicies.All(c => c >= 1)));
    }

    [Fact]
    public void AlphaRankTrainsJpsroOnThreePlayerKuhn()
    {
        var result = JpsroSolver.Run(Kuhn3.Value, new JpsroOptions { Iterations = 3, TrainMetaSolver = MetaSolverKind.AlphaRank }, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(4, result.Iterations.Count);
        Assert.Equal(1, result.TrainDistribution.Sum(), 1e-12);
        Assert.All(result.TrainDistribution, p => Assert.True(p >= 0 && double.IsFinite(p)));
        Assert.All(result.Iterations, i => Assert.True(i.TrainGaps.All(g => g >= 0)));
    }

    [Fact]
    public void CeTargetOnTwoPlayerKuhnReachesZeroCorrelatedGap()
    {
        var result = JpsroSolver.Run(Trees.Kuhn, new JpsroOptions
        {
            Iterations = 12, Target = EquilibriumConcept.Correlated, TrainMetaSolver = MetaSolverKind.MaxGiniCorrelated, EvalMetaSolver = MetaSolverKind.MaxWelfareCorrelated,
        }, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(0, result.FinalEvalGap);
        double ce = new CorrelatedBestResponse(Trees.Kuhn).Distance(result.Device(result.EvalDistribution), correlated: true).Gap;
        Assert.True(ce <= 1e-9, $"CE distance {ce}");
    }

    [Fact]
    public void CorrelatedPolicyJsonListsPopulationsAndANormalisedDistribution()
    {
        var result = JpsroSolver.Run(Trees.Kuhn, new JpsroOptions { Iterations = 2 }, cancellation: TestContext.Current.CancellationToken);
        using var doc = JsonDocument.Parse(CorrelatedPolicyIo.ToJson(result));
        var root = doc.RootElement;
        Assert.Equal("kuhn_poker()", root.GetProperty("game").GetString());
        Assert.Equal(2, root.GetProperty("players").GetArrayLength());
        Assert.Equal(result.Policies[0].Count, root.GetProperty("players")[0].GetArrayLength());
        double total = root.GetProperty("eval_distribution").EnumerateArray().Sum(e => e.GetProperty("probability").GetDouble());
        Assert.Equal(1, total, 1e-12);
    }
}
