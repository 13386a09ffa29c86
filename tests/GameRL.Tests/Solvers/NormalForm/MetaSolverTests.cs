using GameRL.Games.Api;
using GameRL.Solvers.NormalForm;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.NormalForm;

/// <summary>Meta-solvers on games with answers derived by hand.</summary>
public class MetaSolverTests
{
    [Fact]
    public void MaxWelfareCorrelatedEquilibriumOfChickenIsQuarterQuarterHalfWithWelfareTenAndAHalf()
    {
        var g = Matrices.Builtin("chicken");
        var s = MetaSolver.Solve(MetaSolverKind.MaxWelfareCorrelated, g, new Random(0));
        Assert.Equal(10.5, CorrelatedGaps.Welfare(g, s.Distribution), 1e-9);
        double[] expected = [0, 0.25, 0.25, 0.5];
        for (int j = 0; j < 4; j++)
        {
            Assert.Equal(expected[j], s.Distribution[j], 1e-9);
        }
    }

    [Fact]
    public void MaxGiniCorrelatedEquilibriumOfChickenIsFiveTenTenNineOverThirtyFour()
    {
        // Minimising Σx² on the CE polytope of Chicken: the Dare row (a0 = 0 → 1) is tight, giving (5, 10, 10, 9)/34.
        var g = Matrices.Builtin("chicken");
        var s = MetaSolver.Solve(MetaSolverKind.MaxGiniCorrelated, g, new Random(0));
        double[] expected = [5.0 / 34, 10.0 / 34, 10.0 / 34, 9.0 / 34];
        for (int j = 0; j < 4; j++)
        {
            Assert.Equal(expected[j], s.Distribution[j], 1e-6);
        }
    }

    [Fact]
    public void MaxGiniCoarseCorrelatedEquilibriumOfMatchingPenniesIsUniform()
    {
        var g = Matrices.Builtin("matching_pennies");
        var s = MetaSolver.Solve(MetaSolverKind.MaxGiniCoarseCorrelated, g, new Random(0));
        Assert.All(s.Distribution, p => Assert.Equal(0.25, p, 1e-6));
    }

    [Fact]
    public void PrisonersDilemmaCorrelatedSolversAllReturnMutualDefection()
    {
        var g = Matrices.Builtin("prisoners_dilemma");
        foreach (var kind in new[] { MetaSolverKind.MaxGiniCorrelated, MetaSolverKind.MaxWelfareCorrelated, MetaSolverKind.RandomVertexCorrelated, MetaSolverKind.UndominatedUniform })
        {
            var s = MetaSolver.Solve(kind, g, new Random(1));
            Assert.Equal(1, s.Distribution[3], 1e-9);
        }
    }

    [Fact]
    public void UniformWithRepeatsIsTheProductOfMarginalsProportionalToRepeats()
    {
        var g = Matrices.Builtin("chicken");
        var s = MetaSolver.Solve(MetaSolverKind.Uniform, g, [[1, 3], [2, 2]], new Random(0));
        Assert.Equal([0.125, 0.125, 0.375, 0.375], s.Distribution);
    }

    [Fact]
    public void MaxGiniWithRepeatsEqualsMaxGiniOfTheExpandedGameSummedOverCopies()
    {
        // Chicken with Dare repeated twice for the row player is a 3×2 game whose two Dare rows are identical.
        var g = Matrices.Builtin("chicken");
        var withRepeats = MetaSolver.Solve(MetaSolverKind.MaxGiniCoarseCorrelated, g, [[2, 1], [1, 1]], new Random(0)).Distribution;
        var expanded = Matrices.Bimatrix([[0, 7], [0, 7], [2, 6]], [[0, 2], [0, 2], [7, 6]]);
        var e = MetaSolver.Solve(MetaSolverKind.MaxGiniCoarseCorrelated, expanded, new Random(0)).Distribution;
        double[] summed = [e[0] + e[2], e[1] + e[3], e[4], e[5]];
        for (int j = 0; j < 4; j++)
        {
            Assert.Equal(summed[j], withRepeats[j], 1e-6);
        }
    }

    [Fact]
    public void ApproxMaxGiniUsesOnePercentOfTheLargestMeanRowGain()
    {
        var g = Matrices.Builtin("chicken");
        var s = MetaSolver.Solve(MetaSolverKind.ApproxMaxGiniCoarseCorrelated, g, new Random(0));

        // Chicken's CCE rows: deviating to Chicken gains 2 − 0 and 6 − 7 off the Chicken slice, sum 1 over 4 joint actions
        // (deviating to Dare sums to −1), so ε = 0.01 · 1/4.
        Assert.Equal(0.0025, s.Epsilon!.Value, 1e-15);
        Assert.True(CorrelatedGaps.Gap(g, s.Distribution, EquilibriumConcept.CoarseCorrelated) <= 2 * s.Epsilon + 1e-7);
    }

    [Fact]
    public void RandomSolversAreReproducibleFromTheSeed()
    {
        var g = Matrices.Builtin("shapleys_game");
        foreach (var kind in new[] { MetaSolverKind.RandomDirichlet, MetaSolverKind.RandomJoint, MetaSolverKind.RandomVertexCoarseCorrelated })
        {
            Assert.Equal(MetaSolver.Solve(kind, g, new Random(7)).Distribution, MetaSolver.Solve(kind, g, new Random(7)).Distribution);
        }
    }

    [Fact]
    public void ProjectedReplicatorDynamicsFindsTheMixedEquilibriumOfMatchingPennies()
    {
        var g = Matrices.Builtin("matching_pennies");
        var s = MetaSolver.Solve(MetaSolverKind.ProjectedReplicatorDynamics, g, new Random(0));
        Assert.All(s.Distribution, p => Assert.Equal(0.25, p, 1e-2));
    }

    [Fact]
    public void AlphaRankFollowsPrdInTheCatalogEliminatesDominatedActionsAndChecksNoConcept()
    {
        Assert.Equal(MetaSolverKind.AlphaRank, MetaSolverCatalog.Parse("alpharank"));
        Assert.Equal("alpharank", MetaSolverCatalog.NameOf(MetaSolverKind.AlphaRank));
        var names = MetaSolverCatalog.Names.ToList();
        Assert.Equal(names.IndexOf("prd") + 1, names.IndexOf("alpharank"));
        Assert.Null(MetaSolverCatalog.ConceptOf(MetaSolverKind.AlphaRank));
        Assert.True(MetaSolverCatalog.EliminatesDominated(MetaSolverKind.AlphaRank));
        Assert.False(MetaSolverCatalog.IsRandom(MetaSolverKind.AlphaRank));
        Assert.Equal(EquilibriumConcept.Correlated, MetaSolverCatalog.ConceptOf(MetaSolverKind.MaxGiniCorrelated));
        Assert.Null(MetaSolverCatalog.ConceptOf(MetaSolverKind.ProjectedReplicatorDynamics));
    }

    [Fact]
    public void AlphaRankMetaSolverGivesMutualDefectionInPrisonersDilemmaAndUniformInRockPaperScissors()
    {
        var pd = MetaSolver.Solve(MetaSolverKind.AlphaRank, Matrices.Builtin("prisoners_dilemma"), new Random(0));
        Assert.Equal([0, 0, 0, 1], pd.Distribution);
        Assert.Null(pd.Epsilon);
        var rps = MetaSolver.Solve(MetaSolverKind.AlphaRank, Matrices.Builtin("rock_paper_scissors"), new Random(0));
        Assert.All(rps.Distribution, p => Assert.Equal(1.0 / 9, p, 1e-12));
    }

    [Fact]
    public void AlphaRankWithRepeatsSumsTheExpandedGamesDistributionOverCopies()
    {
        // OpenSpiel expands the meta-game by repeats (copies are distinct strategies, switching between them is a tie),
        // runs the sweep, zeroes entries below 1e-8 and sums over copies. Chicken with Dare twice for the row player:
        var g = Matrices.Builtin("chicken");
        var withRepeats = MetaSolver.Solve(MetaSolverKind.AlphaRank, g, [[2, 1], [1, 1]], new Random(0)).Distribution;
        var expanded = Matrices.Bimatrix([[0, 7], [0, 7], [2, 6]], [[0, 2], [0, 2], [7, 6]]);
        var e = MetaSolver.Solve(MetaSolverKind.AlphaRank, expanded, new Random(0)).Distribution;
        double[] summed = [e[0] + e[2], e[1] + e[3], e[4], e[5]];
        for (int j = 0; j < 4; j++)
        {
            Assert.Equal(summed[j], withRepeats[j], 1e-12);
        }

        var without = MetaSolver.Solve(MetaSolverKind.AlphaRank, g, new Random(0)).Distribution;
        Assert.True(Math.Abs(without[1] - withRepeats[1]) > 1e-3, "repeats change the chain, as in OpenSpiel");
    }

    [Fact]
    public void UnknownSolverNameListsTheValidNames()
    {
        var e = Assert.Throws<GameRLException>(() => MetaSolverCatalog.Parse("maxwelfare"));
        Assert.Contains("mgce", e.Message, StringComparison.Ordinal);
        Assert.Contains("rvcce", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryNameRoundTripsThroughTheCatalog()
    {
        foreach (string name in MetaSolverCatalog.Names)
        {
            Assert.Equal(name, MetaSolverCatalog.NameOf(MetaSolverCatalog.Parse(name)));
        }

        Assert.Equal(Enum.GetValues<MetaSolverKind>().Length, MetaSolverCatalog.Names.Count);
    }
}
