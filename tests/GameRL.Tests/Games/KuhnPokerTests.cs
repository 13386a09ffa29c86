using GameRL.Games.Api;
using GameRL.Tests.Support;
using GameRL.Games.Tree;

namespace GameRL.Tests.Games;

/// <summary>Kuhn poker against OpenSpiel (kuhn_poker.cc, kuhn_poker_test.cc, playthroughs).</summary>
public class KuhnPokerTests
{
    [Fact]
    public void TwoPlayerInformationStatesAreOpenSpielsTwelve()
    {
        var tree = GameTree.Build(GameCatalog.Load("kuhn_poker"));
        string[] Keys(int p) => [.. tree.InfosetKey.Where(k => tree.InfosetPlayer[tree.FindInfoset(k)] == p).Order(StringComparer.Ordinal)];
        Assert.Equal(["0", "0pb", "1", "1pb", "2", "2pb"], Keys(0));
        Assert.Equal(["0b", "0p", "1b", "1p", "2b", "2p"], Keys(1));
    }

    [Fact]
    public void FiftyFourNonChanceStatesAsOpenSpielCounts()
    {
        var tree = GameTree.Build(GameCatalog.Load("kuhn_poker"));
        Assert.Equal(54, tree.DecisionNodes + tree.TerminalNodes);
    }

    [Theory]
    [InlineData(new[] { 2, 0, 0, 0 }, 1.0, -1.0)]
    [InlineData(new[] { 0, 2, 1, 1 }, -2.0, 2.0)]
    [InlineData(new[] { 2, 1, 1, 0 }, 1.0, -1.0)]
    [InlineData(new[] { 1, 2, 0, 1, 0 }, -1.0, 1.0)]
    [InlineData(new[] { 0, 1, 0, 1, 1 }, -2.0, 2.0)]
    public void ReturnsFollowTheBettingRules(int[] history, double p0, double p1)
    {
        var s = States.Play("kuhn_poker", history);
        Assert.True(s.IsTerminal);
        Assert.Equal([p0, p1], s.Returns());
    }

    [Fact]
    public void ThreePlayerGameWinnerTakesThePotAfterABet()
    {
        var g = GameCatalog.Load("kuhn_poker(players=3)");
        Assert.Equal(4.0, g.MaxUtility);
        Assert.Equal([17], g.InformationStateTensorShape);
        Assert.Equal([10], g.ObservationTensorShape);
        Assert.Equal(5, g.MaxGameLength);

        // Deal 3,1,0 (card 2 undealt): P0 passes, P1 bets, P2 folds, P0 calls; P0 holds the best card.
        var s = States.Play("kuhn_poker(players=3)", 3, 1, 0, 0, 1, 0, 1);
        Assert.True(s.IsTerminal);
        Assert.Equal([3.0, -2.0, -1.0], s.Returns());
        Assert.Equal("1pbpb", s.InformationStateString(1));
        Assert.Equal("3pbpb", s.InformationStateString(0));
    }

    [Fact]
    public void NobodyBetsThenTheSecondHighestCardWinsWhenTheTopCardIsUndealt()
    {
        var s = States.Play("kuhn_poker(players=3)", 2, 0, 1, 0, 0, 0);
        Assert.True(s.IsTerminal);
        Assert.Equal([2.0, -1.0, -1.0], s.Returns());
    }
}
