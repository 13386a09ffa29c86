using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Tabular;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.Tabular;

/// <summary>The CFR family reproduces OpenSpiel's numbers (cfr_test.py, openspiel.md §2 and Appendix C).</summary>
public class OpenSpielSemanticsTests
{
    private static TabularSolver Run(string algorithm, GameRL.Games.Tree.GameTree tree, int iterations, SolverOptions? options = null)
    {
        var solver = SolverCatalog.Create(SolverCatalog.Parse(algorithm), tree, options);
        for (int i = 0; i < iterations; i++)
        {
            solver.Iterate();
        }

        return solver;
    }

    [Fact]
    public void AlternatingCfrOnLeducReachesOpenSpielsExploitabilityAfter1000Iterations()
    {
        var solver = Run("cfr", Trees.Leduc, 1000);
        Assert.Equal(0.01182, Exploitability.Compute(solver.AveragePolicy()), 2e-5);
    }

    [Fact]
    public void CfrPlusOnKuhnIsWithinOneThousandthAfter200Iterations()
    {
        var solver = Run("cfr+", Trees.Kuhn, 200);
        var report = Exploitability.Evaluate(solver.AveragePolicy());
        Assert.True(report.Exploitability <= 1e-3, $"exploitability {report.Exploitability}");
        Assert.Equal(-1.0 / 18, report.OnPolicyValues[0], 1e-3);
        Assert.Equal(1.0 / 18, report.OnPolicyValues[1], 1e-3);
    }

    [Fact]
    public void CfrOnKuhnValuesAreWithinOneThousandthAfter300Iterations()
    {
        var report = Exploitability.Evaluate(Run("cfr", Trees.Kuhn, 300).AveragePolicy());
        Assert.Equal(-1.0 / 18, report.OnPolicyValues[0], 1e-3);
        Assert.Equal(1.0 / 18, report.OnPolicyValues[1], 1e-3);
    }

    [Theory]
    [InlineData("cfr")]
    [InlineData("cfr+")]
    [InlineData("dcfr")]
    [InlineData("pcfr+")]
    [InlineData("ftrl")]
    public void FirstAveragePolicyIsUniform(string algorithm)
    {
        var solver = Run(algorithm, Trees.Kuhn, 1);
        Assert.Equal(11.0 / 12, Exploitability.NashConv(solver.AveragePolicy()), 1e-12);
    }

    [Fact]
    public void SimultaneousCfrAlsoConvergesOnKuhn()
    {
        var solver = Run("cfr", Trees.Kuhn, 2000, new SolverOptions { Updates = UpdateMode.Simultaneous });
        Assert.True(Exploitability.Compute(solver.AveragePolicy()) < 1e-2);
    }

    [Fact]
    public void AlternatingAndSimultaneousUpdatesDiffer()
    {
        var a = Run("cfr", Trees.Kuhn, 3).AveragePolicy().Probabilities.ToArray();
        var s = Run("cfr", Trees.Kuhn, 3, new SolverOptions { Updates = UpdateMode.Simultaneous }).AveragePolicy().Probabilities.ToArray();
        Assert.NotEqual(a, s);
    }
}
