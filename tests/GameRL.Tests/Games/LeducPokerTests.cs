using GameRL.Games.Api;
using GameRL.Tests.Support;
using GameRL.Games.Leduc;

namespace GameRL.Tests.Games;

/// <summary>Leduc poker against OpenSpiel's playthroughs (leduc_poker_1540482260.txt, leduc_poker_3p.txt).</summary>
public class LeducPokerTests
{
    [Fact]
    public void RaiseThenFoldGivesOneChipToTheRaiser()
    {
        var s = States.Play("leduc_poker", 5, 1, 2, 0);
        Assert.True(s.IsTerminal);
        Assert.Equal([1.0, -1.0], s.Returns());
        Assert.Equal("[Observer: 0][Private: 5][Round 1][Player: 1][Pot: 0][Money: 101 99][Round1: 2 0][Round2: ]", s.InformationStateString(0));
        Assert.Equal("[Observer: 1][Private: 1][Round 1][Player: 1][Pot: 0][Money: 101 99][Ante: 3 1]", s.ObservationString(1));
    }

    [Fact]
    public void InformationStateBeforeFirstMoveMatchesOpenSpiel()
    {
        var s = States.Play("leduc_poker", 5, 1);
        Assert.Equal(0, s.CurrentPlayer);
        Assert.Equal([1, 2], s.LegalActions());
        Assert.Equal("[Observer: 1][Private: 1][Round 1][Player: 0][Pot: 2][Money: 99 99][Round1: ][Round2: ]", s.InformationStateString(1));
        var t = new float[30];
        s.InformationStateTensor(0, t);
        Assert.Equal(1f, t[0]);
        Assert.Equal(1f, t[2 + 5]);
        Assert.Equal(2f, t.Sum());
    }

    [Fact]
    public void ThreePlayerSplitPotMatchesOpenSpielPlaythrough()
    {
        var s = States.Play("leduc_poker(players=3)", 4, 2, 3, 1, 2, 1, 0, 1, 2, 1);
        Assert.True(s.IsTerminal);
        Assert.Equal([-1.0, 0.5, 0.5], s.Returns());
        Assert.Equal(
            "[Observer: 1][Private: 2][Round 2][Player: 2][Pot: 0][Money: 99 100.5 100.5][Public: 1][Round1: 1 2 1 0][Round2: 2 1]",
            s.InformationStateString(1));
        Assert.Equal(
            "[Observer: 2][Private: 3][Round 2][Player: 2][Pot: 0][Money: 99 100.5 100.5][Public: 1][Ante: 1 7 7]",
            s.ObservationString(2));
        var t = new float[47];
        s.InformationStateTensor(0, t);
        int betting = 3 + 8 + 8;
        Assert.Equal(1f, t[betting + 0]);
        Assert.Equal(1f, t[betting + 3]);
        Assert.Equal(1f, t[betting + (7 * 2) + 1]);
    }

    [Fact]
    public void ThreePlayerGameFactsMatchOpenSpiel()
    {
        var g = GameCatalog.Load("leduc_poker(players=3)");
        Assert.Equal(8, g.MaxChanceOutcomes);
        Assert.Equal(-13.0, g.MinUtility);
        Assert.Equal(26.0, g.MaxUtility);
        Assert.Equal(14, g.MaxGameLength);
        Assert.Equal([47], g.InformationStateTensorShape);
        Assert.Equal([22], g.ObservationTensorShape);
        var s = States.Play("leduc_poker(players=3)", 4);
        Assert.Equal([0, 1, 2, 3, 5, 6, 7], s.LegalActions());
        Assert.All(s.ChanceOutcomes(), o => Assert.Equal(1.0 / 7, o.Probability, 1e-15));
    }

    [Fact]
    public void SuitIsomorphismDealsRanksWithTheirMultiplicity()
    {
        var s = States.Play("leduc_poker(suit_isomorphism=true)", 2);
        var outcomes = s.ChanceOutcomes();
        Assert.Equal([0, 1, 2], outcomes.Select(o => o.Action));
        Assert.Equal([0.4, 0.4, 0.2], outcomes.Select(o => o.Probability));
    }

    [Fact]
    public void ActionMappingTurnsIllegalFoldIntoCall()
    {
        var mapped = States.Play("leduc_poker(action_mapping=true)", 0, 1, LeducPokerState.Fold);
        var plain = States.Play("leduc_poker", 0, 1, LeducPokerState.Call);
        Assert.Equal(plain.InformationStateString(1), mapped.InformationStateString(1));
    }

    [Fact]
    public void LargerVariantsScaleTheDeckAndRaises()
    {
        var g = (LeducPokerGame)GameCatalog.Load("leduc_poker(ranks=5,suits=3,raise1=1,raise2=3,max_raises=3)");
        Assert.Equal(15, g.DeckSize);
        Assert.Equal(2 + (3 * 1), g.MaxBetsPerRound);
        Assert.Equal(1 + (3 * 1) + (3 * 3), g.MaxUtility);
    }

    [Fact]
    public void TooSmallDeckIsAUserError()
    {
        var e = Assert.Throws<GameRLException>(() => GameCatalog.Load("leduc_poker(players=4,ranks=2)"));
        Assert.Contains("deck", e.Message, StringComparison.Ordinal);
    }
}
