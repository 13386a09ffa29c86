using GameRL.Solvers.NormalForm;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.NormalForm;

/// <summary>The worked examples of OpenSpiel's corr_dist_test.cc (and the textbook CEs they cite).</summary>
public class KnownCorrelatedEquilibriaTests
{
    private const double Tol = 1e-9;

    [Fact]
    public void ChickenWithHalfOnBothChickenAndQuarterOnEachDareIsACorrelatedEquilibrium()
    {
        var d = Matrices.Cells(2, 2, (0.5, 1, 1), (0.25, 1, 0), (0.25, 0, 1));
        Assert.Equal(0, CorrelatedGaps.Gap(Matrices.Builtin("chicken"), d, EquilibriumConcept.Correlated), Tol);
    }

    [Fact]
    public void BattleOfTheSexesWithHalfOnEachCoordinatedOutcomeIsACorrelatedEquilibrium()
    {
        var d = Matrices.Cells(2, 2, (0.5, 0, 0), (0.5, 1, 1));
        Assert.Equal(0, CorrelatedGaps.Gap(Matrices.Builtin("battle_of_the_sexes"), d, EquilibriumConcept.Correlated), Tol);
    }

    [Fact]
    public void ShapleysGameUniformIsACorrelatedEquilibriumWorthOneThirdEach()
    {
        var g = Matrices.Builtin("shapleys_game");
        var d = Enumerable.Repeat(1.0 / 9, 9).ToArray();
        Assert.Equal(0, CorrelatedGaps.Gap(g, d, EquilibriumConcept.Correlated), Tol);
        var v = CorrelatedGaps.ExpectedValues(g, d);
        Assert.Equal(1.0 / 3, v[0], 1e-12);
        Assert.Equal(1.0 / 3, v[1], 1e-12);
    }

    [Fact]
    public void ShapleysGameOffDiagonalSixthsIsACorrelatedEquilibriumWorthOneHalfEach()
    {
        var g = Matrices.Builtin("shapleys_game");
        var d = Matrices.Cells(3, 3, (1.0 / 6, 0, 1), (1.0 / 6, 0, 2), (1.0 / 6, 1, 0), (1.0 / 6, 1, 2), (1.0 / 6, 2, 0), (1.0 / 6, 2, 1));
        Assert.Equal(0, CorrelatedGaps.Gap(g, d, EquilibriumConcept.Correlated), Tol);
        var v = CorrelatedGaps.ExpectedValues(g, d);
        Assert.Equal(0.5, v[0], 1e-12);
        Assert.Equal(0.5, v[1], 1e-12);
    }

    [Fact]
    public void GibsonExampleIsACoarseCorrelatedButNotACorrelatedEquilibrium()
    {
        // Gibson 2013 §2.2, as in corr_dist_test.cc: CCE gap 0, CE gap 0.25 (C→B gains 1 with probability 1/4).
        var g = Matrices.Bimatrix([[1, 0], [0, 2], [-1, 1]], [[0, 0], [0, 0], [0, 0]]);
        var d = Matrices.Cells(3, 2, (0.5, 0, 0), (0.25, 1, 1), (0.25, 2, 1));
        Assert.Equal(0, CorrelatedGaps.Gap(g, d, EquilibriumConcept.CoarseCorrelated), Tol);
        Assert.Equal(0.25, CorrelatedGaps.Gap(g, d, EquilibriumConcept.Correlated), Tol);
    }

    [Fact]
    public void SignalingGameNormalFormMixtureIsACorrelatedEquilibriumWorthZeroAndSix()
    {
        // von Stengel and Forges 2008, Figure 2, as in corr_dist_test.cc.
        var g = Matrices.Bimatrix(
            [[5, 5, 0, 0], [5, 2, 3, 0], [5, 3, 2, 0], [5, 0, 5, 0]],
            [[5, 5, 6, 6], [5, 8, 3, 6], [5, 3, 8, 6], [5, 6, 5, 6]]);
        var d = Matrices.Cells(4, 4, (0.25, 0, 3), (0.25, 1, 3), (0.25, 2, 3), (0.25, 3, 3));
        Assert.Equal(0, CorrelatedGaps.Gap(g, d, EquilibriumConcept.Correlated), Tol);
        var v = CorrelatedGaps.ExpectedValues(g, d);
        Assert.Equal(0, v[0], 1e-12);
        Assert.Equal(6, v[1], 1e-12);
    }

    [Fact]
    public void GreenwaldSarfatiMatrixMixtureIsNotACorrelatedEquilibrium()
    {
        var g = Matrices.Bimatrix(
            [[2, 2], [2, 2], [0, 2], [0, 2], [0, 0], [0, 3], [0, 0], [0, 3]],
            [[2, 2], [2, 2], [2, 2], [2, 2], [0, 0], [0, 0], [0, 0], [0, 0]]);
        var d = Matrices.Cells(8, 2, (0.5, 0, 0), (0.25, 1, 1), (0.25, 3, 1));
        Assert.True(CorrelatedGaps.Gap(g, d, EquilibriumConcept.Correlated) > 0.1);
    }

    [Fact]
    public void PureDareAgainstChickenIsANashEquilibriumAndHasZeroGaps()
    {
        var g = Matrices.Builtin("chicken");
        var d = Matrices.Cells(2, 2, (1, 0, 1));
        Assert.Equal(0, CorrelatedGaps.Gap(g, d, EquilibriumConcept.Correlated), Tol);
        Assert.Equal(0, CorrelatedGaps.Gap(g, d, EquilibriumConcept.CoarseCorrelated), Tol);
    }

    [Fact]
    public void BothDareInChickenHasGapFourFromTwoSwervesWorthTwo()
    {
        // At (Dare, Dare) both get 0; each gains 2 by swerving: CE gap = CCE gap = 2 + 2.
        var g = Matrices.Builtin("chicken");
        var d = Matrices.Cells(2, 2, (1, 0, 0));
        Assert.Equal(4, CorrelatedGaps.Gap(g, d, EquilibriumConcept.Correlated), Tol);
        Assert.Equal(4, CorrelatedGaps.Gap(g, d, EquilibriumConcept.CoarseCorrelated), Tol);
    }
}
