using GameRL.Solvers.Tabular;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.Tabular;

/// <summary>An iteration of the CPU driver allocates nothing: all arrays are made when the solver is built.</summary>
public class AllocationTests
{
    [Theory]
    [InlineData("cfr")]
    [InlineData("cfr+")]
    [InlineData("dcfr")]
    [InlineData("pcfr+")]
    [InlineData("ftrl")]
    [InlineData("mmd")]
    [InlineData("mmd-dilated")]
    [InlineData("balanced-ftrl")]
    [InlineData("adaptive-ftrl")]
    public void IterationsDoNotAllocate(string algorithm)
    {
        var solver = SolverCatalog.Create(SolverCatalog.Parse(algorithm), Trees.Kuhn);
        for (int i = 0; i < 20_000; i++)
        {
            solver.Iterate();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            solver.Iterate();
        }

        double perIteration = (GC.GetAllocatedBytesForCurrentThread() - before) / 10_000.0;
        Assert.True(perIteration < 1, $"{algorithm} allocates {perIteration} bytes per iteration");
    }
}
