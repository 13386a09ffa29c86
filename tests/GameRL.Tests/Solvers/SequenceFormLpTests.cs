using GameRL.Games.Api;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Lp;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers;

/// <summary>The exact LP oracle against OpenSpiel's sequence_form_lp_test values.</summary>
public class SequenceFormLpTests
{
    [Fact]
    public void KuhnValueIsMinusOneEighteenth()
    {
        var solution = SequenceFormLp.Solve(Trees.Kuhn);
        Assert.Equal(-1.0 / 18, solution.Values[0], 1e-12);
        Assert.Equal(1.0 / 18, solution.Values[1], 1e-12);
        Assert.Equal(0.0, Exploitability.Compute(solution.Policy), 1e-12);
    }

    [Fact]
    public void LeducValueMatchesOpenSpiel()
    {
        var solution = SequenceFormLp.Solve(Trees.Leduc);
        Assert.Equal(-0.085606424078, solution.Values[0], 1e-9);
        Assert.Equal(0.085606424078, solution.Values[1], 1e-9);
        Assert.True(Exploitability.Compute(solution.Policy) <= 1e-8);
        Assert.Equal(solution.LpObjectives[0], solution.Values[0], 1e-9);
    }

    [Fact]
    public void SuitIsomorphicLeducHasTheSameValue()
    {
        var solution = SequenceFormLp.Solve(Trees.Of("leduc_poker(suit_isomorphism=true)"));
        Assert.Equal(-0.085606424078, solution.Values[0], 1e-9);
    }

    [Fact]
    public void RockPaperScissorsIsSolvedByUniform()
    {
        var solution = SequenceFormLp.Solve(Trees.Of("rock_paper_scissors"));
        Assert.All(solution.Policy.Probabilities.ToArray(), p => Assert.Equal(1.0 / 3, p, 1e-9));
    }

    [Fact]
    public void GeneralSumGamesAreRefused()
    {
        var e = Assert.Throws<GameRLException>(() => SequenceFormLp.Solve(Trees.Of("chicken")));
        Assert.Contains("zero- or constant-sum", e.Message, StringComparison.Ordinal);
    }
}
