using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Tabular;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.Tabular;

/// <summary>The sequence-form dilated-entropy MMD against OpenSpiel's mmd_dilated_test.py (openspiel.md §3.3).</summary>
public class MmdDilatedTests
{
    [Theory]
    [InlineData(0.5, new[] { 0.24432169, 0.25429265, 0.50138566 }, new[] { 0.52214915, 0.18216642, 0.29568443 })]
    [InlineData(1.0, new[] { 0.28823807, 0.30301635, 0.40874558 }, new[] { 0.48587708, 0.20598643, 0.30813649 })]
    [InlineData(1.5, new[] { 0.31123085, 0.325932, 0.36283714 }, new[] { 0.44804215, 0.23362586, 0.31833199 })]
    public void OneStepOnRockPaperScissorsMatchesTheClosedForm(double alpha, double[] x1, double[] y1)
    {
        var tree = Trees.Of("rock_paper_scissors");
        var solver = (MmdDilatedSolver)SolverCatalog.Create(Algorithm.MmdDilated, tree, new SolverOptions { Temperature = alpha });
        Assert.Equal(alpha, solver.StepSize, 1e-15);
        solver.SetCurrentPolicy([0.2, 0.2, 0.6, 0.5, 0.2, 0.3]);
        solver.Iterate();
        var p = solver.CurrentPolicy().Probabilities;
        for (int a = 0; a < 3; a++)
        {
            Assert.Equal(x1[a], p[a], 1e-7);
            Assert.Equal(y1[a], p[3 + a], 1e-7);
        }
    }

    [Fact]
    public void KuhnQuantalResponseEquilibriumIsAFixedPoint()
    {
        var tree = Trees.Kuhn;
        var solver = (MmdDilatedSolver)SolverCatalog.Create(Algorithm.MmdDilated, tree, new SolverOptions { Temperature = 0.1 });
        Assert.Equal(0.9, solver.StepSize, 1e-12);
        var qre = KuhnQre(tree);
        solver.SetCurrentPolicy(qre);
        solver.Iterate();
        var next = solver.CurrentPolicy().Probabilities;
        for (int s = 0; s < qre.Length; s++)
        {
            Assert.Equal(qre[s], next[s], 1e-6);
        }

        var report = Exploitability.Evaluate(solver.CurrentPolicy());
        Assert.Equal(0.2073881, report.NashConv, 1e-6);
        Assert.Equal(-0.0091001589, report.OnPolicyValues[0], 1e-8);
    }

    [Fact]
    public void GeneralSumGamesAreRefused() =>
        Assert.Throws<GameRLException>(() => SolverCatalog.Create(Algorithm.MmdDilated, Trees.Of("chicken")));

    /// <summary>OpenSpiel's α = 0.1 Kuhn QRE, from its sequence-form vectors (openspiel.md §3.3) via π(a|I) = x(I,a)/x(σ(I)).</summary>
    private static double[] KuhnQre(GameTree tree)
    {
        double[] p0 = [0.75364232, 0.64695966, 0.10668266, 0.24635768, 0.70309809, 0.25609184, 0.44700625, 0.29690191, 0.47546799, 0.01290797, 0.46256001, 0.52453201];
        string[] p0Keys = ["0:p", "0pb:p", "0pb:b", "0:b", "1:p", "1pb:p", "1pb:b", "1:b", "2:p", "2pb:p", "2pb:b", "2:b"];
        double[] p1 = [0.63415944, 0.36584056, 0.41154828, 0.58845172, 0.28438486, 0.71561514, 0.0620185, 0.9379815, 0.65005434, 0.34994566, 0.79722767, 0.20277233];
        string[] p1Keys = ["1p:p", "1p:b", "1b:p", "1b:b", "2p:p", "2p:b", "2b:p", "2b:b", "0p:p", "0p:b", "0b:p", "0b:b"];
        var seq = new Dictionary<string, double>();
        for (int i = 0; i < 12; i++)
        {
            seq[p0Keys[i]] = p0[i];
            seq[p1Keys[i]] = p1[i];
        }

        var policy = new double[tree.NumSlots];
        for (int s = 0; s < tree.NumSlots; s++)
        {
            string key = tree.InfosetKey[tree.SlotInfoset[s]];
            string Of(int action) => $"{key}:{(action == 0 ? 'p' : 'b')}";
            policy[s] = seq[Of(tree.SlotAction[s])] / (seq[Of(0)] + seq[Of(1)]);
        }

        return policy;
    }
}
