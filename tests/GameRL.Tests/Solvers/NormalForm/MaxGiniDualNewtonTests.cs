using GameRL.Games.NormalForm;
using GameRL.Solvers.Jpsro;
using GameRL.Solvers.NormalForm;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.NormalForm;

/// <summary>The exact dual method for maximum-Gini (C)CEs agrees with PDLP and needs no fallback on JPSRO's meta-games.</summary>
public class MaxGiniDualNewtonTests
{
    private static void AssertDualMatchesPdlp(PayoffTensor game, int[][] repeats, EquilibriumConcept concept)
    {
        var constraints = DeviationConstraints.Build(game, concept);
        var factors = new RepeatFactors(game, repeats);
        var rows = Enumerable.Range(0, constraints.NumRows).ToArray();
        double[]? dual = null;
        var exact = MaxGiniProgram.SolveDual(constraints, factors, rows, ref dual);
        Assert.NotNull(exact);
        Assert.True(constraints.MaxViolation(exact) <= 1e-12, $"violation {constraints.MaxViolation(exact)}");
        Assert.Equal(1, exact.Sum(), 1e-12);
        Assert.All(dual!.Take(rows.Length), lambda => Assert.True(lambda >= 0));
        var pdlp = MaxGiniProgram.SolvePdlp(constraints, factors, rows, false, out _);
        for (int j = 0; j < exact.Length; j++)
        {
            Assert.Equal(pdlp[j], exact[j], 1e-7);
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    public void DualNewtonSolvesTheCoarseCorrelatedMetaGameOfThreePlayerKuhnAfterRounds(int rounds)
    {
        var result = JpsroSolver.Run(Trees.Of("kuhn_poker(players=3)"), new JpsroOptions { Iterations = rounds }, cancellation: TestContext.Current.CancellationToken);
        AssertDualMatchesPdlp(result.MetaGame, result.Repeats, EquilibriumConcept.CoarseCorrelated);
    }

    [Fact]
    public void DualNewtonSolvesTheCorrelatedProgramOfARandom12By12GameWithRepeats()
    {
        var rng = new Random(5);
        var game = new PayoffTensor([12, 12], Enumerable.Range(0, 288).Select(_ => rng.NextDouble()).ToArray());
        int[][] repeats = [[.. Enumerable.Range(0, 12).Select(i => 1 + (i % 3))], [.. Enumerable.Repeat(1, 12)]];
        AssertDualMatchesPdlp(game, repeats, EquilibriumConcept.Correlated);
    }

    [Fact]
    public void RowGenerationGivesTheSameMaxGiniCorrelatedEquilibriumAsTheWholeProgram()
    {
        // 2·25·24 = 1,200 CE rows, above the direct limit, so MetaSolver goes through row generation.
        var rng = new Random(11);
        var game = new PayoffTensor([25, 25], Enumerable.Range(0, 1250).Select(_ => rng.NextDouble()).ToArray());
        var viaRows = MetaSolver.Solve(MetaSolverKind.MaxGiniCorrelated, game, new Random(0)).Distribution;
        var constraints = DeviationConstraints.Build(game, EquilibriumConcept.Correlated);
        Assert.True(constraints.NumRows > 400);
        var whole = MaxGiniProgram.SolvePdlp(constraints, new RepeatFactors(game, RepeatFactors.Ones(game)), [.. Enumerable.Range(0, constraints.NumRows)], false, out _);
        for (int j = 0; j < whole.Length; j++)
        {
            Assert.Equal(whole[j], viaRows[j], 1e-7);
        }
    }
}
