using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Policies;

namespace GameRL.Tests.Games;

/// <summary>Tiny Hanabi against OpenSpiel's header comment (optimum 10) and its 2p2a2c_hard5 playthrough.</summary>
public class TinyHanabiTests
{
    [Fact]
    public void InformationStateStringsAreOpenSpiels()
    {
        var s = GameCatalog.Load("tiny_hanabi").NewInitialState();
        foreach (int a in new[] { 1, 0, 2 })
        {
            s.ApplyAction(a);
        }

        Assert.Equal("p1:d0 p0:a2", s.InformationStateString(1));
        Assert.Equal("p0:d1 p0:a2", s.InformationStateString(0));
        Assert.Equal("p0:d1 p1:d0 p0:a2", s.ToString());
    }

    [Fact]
    public void DefaultPayoffIsTheBadMatrix()
    {
        var s = GameCatalog.Load("tiny_hanabi").NewInitialState();
        foreach (int a in new[] { 0, 1, 0, 2 })
        {
            s.ApplyAction(a);
        }

        Assert.Equal([10.0, 10.0], s.Returns());
    }

    [Theory]
    [InlineData("tiny_hanabi", 10.0)]
    [InlineData("tiny_hanabi(num_players=2,num_chance=2,num_actions=2,payoff=3;0;0;3;2;0;3;3;2;2;3;0;0;1;0;2)", 2.5)]
    public void BruteForceOptimumOverDeterministicProfiles(string spec, double optimum)
    {
        var tree = GameTree.Build(GameCatalog.Load(spec));
        var evaluator = new PolicyEvaluator(tree);
        int[] choices = new int[tree.NumInfosets];
        double best = double.NegativeInfinity;
        var p = new double[tree.NumSlots];
        while (true)
        {
            Array.Clear(p);
            for (int i = 0; i < tree.NumInfosets; i++)
            {
                p[tree.InfosetFirstSlot[i] + choices[i]] = 1;
            }

            best = Math.Max(best, evaluator.ExpectedValues(p)[0]);
            int k = 0;
            while (k < choices.Length && ++choices[k] == tree.InfosetNumActions[k])
            {
                choices[k++] = 0;
            }

            if (k == choices.Length)
            {
                break;
            }
        }

        Assert.Equal(optimum, best, 1e-12);
    }

    [Fact]
    public void WrongPayoffLengthIsAUserError()
    {
        var e = Assert.Throws<GameRLException>(() => GameCatalog.Load("tiny_hanabi(payoff=1;2;3)"));
        Assert.Contains("36", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UniformPolicyIsNotAnEquilibrium()
    {
        var report = Exploitability.Evaluate(TabularPolicy.Uniform(GameTree.Build(GameCatalog.Load("tiny_hanabi"))));
        Assert.True(report.NashConv > 1);
    }
}
