using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Tabular;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.Tabular;

/// <summary>The convergence thresholds on full Kuhn and Leduc poker.</summary>
public class ConvergenceTests
{
    private static double ExploitabilityAfter(string algorithm, GameRL.Games.Tree.GameTree tree, int iterations)
    {
        var solver = SolverCatalog.Create(SolverCatalog.Parse(algorithm), tree, new SolverOptions { PlannedIterations = iterations });
        for (int i = 0; i < iterations; i++)
        {
            solver.Iterate();
        }

        return Exploitability.Compute(solver.OutputPolicy());
    }

    [Theory]
    [InlineData("cfr+", 1000, 3e-4)]
    [InlineData("dcfr", 1000, 2e-4)]
    [InlineData("pcfr+", 1000, 1e-3)]
    [InlineData("cfr+", 10_000, 1e-5)]
    [InlineData("ftrl", 1000, 1e-2)]
    [InlineData("oftrl", 1000, 1e-2)]
    [InlineData("mmd", 10_000, 1e-2)]
    public void LeducConverges(string algorithm, int iterations, double bound)
    {
        double e = ExploitabilityAfter(algorithm, Trees.Leduc, iterations);
        Assert.True(e <= bound, $"{algorithm} after {iterations}: {e} > {bound}");
    }

    [Theory]
    [InlineData("mmd", 10_000, 1e-3)]
    [InlineData("balanced-ftrl", 1_000_000, 0.05)]
    [InlineData("adaptive-ftrl", 1_000_000, 0.05)]
    [InlineData("lcfr", 1000, 1e-3)]
    public void KuhnConverges(string algorithm, int iterations, double bound)
    {
        double e = ExploitabilityAfter(algorithm, Trees.Kuhn, iterations);
        Assert.True(e <= bound, $"{algorithm} after {iterations}: {e} > {bound}");
    }

    [Fact]
    public void EuclideanFtrlConvergesOnKuhn()
    {
        var solver = SolverCatalog.Create(Algorithm.Ftrl, Trees.Kuhn, new SolverOptions { Regularizer = Regularizer.Euclidean });
        for (int i = 0; i < 2000; i++)
        {
            solver.Iterate();
        }

        Assert.True(Exploitability.Compute(solver.AveragePolicy()) < 5e-3);
    }

    [Fact]
    public void AnnealedMmdConvergesOnKuhn()
    {
        var solver = SolverCatalog.Create(Algorithm.Mmd, Trees.Kuhn, new SolverOptions { MmdSchedule = MmdSchedule.Annealed });
        for (int i = 0; i < 10_000; i++)
        {
            solver.Iterate();
        }

        Assert.True(Exploitability.Compute(solver.CurrentPolicy()) < 5e-3);
    }

    [Fact]
    public void ThreePlayerCfrReducesNashConvInKuhn()
    {
        var tree = Trees.Of("kuhn_poker(players=3)");
        var solver = SolverCatalog.Create(Algorithm.Cfr, tree);
        double start = Exploitability.NashConv(solver.AveragePolicy());
        for (int i = 0; i < 1000; i++)
        {
            solver.Iterate();
        }

        Assert.True(Exploitability.NashConv(solver.AveragePolicy()) < start / 10);
    }
}
