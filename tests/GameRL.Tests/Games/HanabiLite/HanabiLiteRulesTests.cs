using GameRL.Games.Api;
using GameRL.Games.HanabiLite;

namespace GameRL.Tests.Games.HanabiLite;

/// <summary>HLE's sizes and rules on scripted games (chance deals are chosen by the test).</summary>
public class HanabiLiteRulesTests
{
    // Sizes from the formulas of canonical_encoders.cc (games-and-papers.md §1.4); 658 is the widely published full-game size.
    [Theory]
    [InlineData("hanabi_lite(preset=full)", 658)]
    [InlineData("hanabi_lite(preset=small)", 171)]
    [InlineData("hanabi_lite(preset=very_small)", 106)]
    [InlineData("hanabi_lite(preset=full,observation_type=minimal)", 308)]
    [InlineData("hanabi_lite(preset=small,observation_type=minimal)", 103)]
    [InlineData("hanabi_lite(preset=very_small,observation_type=minimal)", 62)]
    [InlineData("hanabi_lite(preset=full,players=3)", 956)]
    [InlineData("hanabi_lite(preset=full,players=4)", 1041)]
    [InlineData("hanabi_lite(preset=full,players=5,observation_type=minimal)", 580)]
    [InlineData("hanabi_lite(players=3)", 226)]
    [InlineData("hanabi_lite(players=5,observation_type=minimal)", 166)]
    [InlineData("hanabi_lite(preset=very_small,players=3,observation_type=minimal)", 73)]
    [InlineData("hanabi_lite(preset=full,observation_type=seer)", 658)]
    public void ObservationSizesAreHles(string spec, int size)
    {
        var game = GameCatalog.Load(spec);
        Assert.Equal([size], game.ObservationTensorShape);
        var state = game.NewInitialState();
        while (state.IsChanceNode)
        {
            state.ApplyAction(state.LegalActions()[0]);
        }

        var buffer = new float[size];
        state.ObservationTensor(state.CurrentPlayer, buffer);
        Assert.Contains(1f, buffer);
    }

    [Theory]
    [InlineData("hanabi_lite(preset=full)", 20, 25)]
    [InlineData("hanabi_lite", 11, 10)]
    [InlineData("hanabi_lite(preset=very_small)", 10, 5)]
    [InlineData("hanabi_lite(preset=full,players=4)", 38, 25)]
    public void MoveCountsAndMaxScoresAreHles(string spec, int moves, int maxScore)
    {
        var game = GameCatalog.Load(spec);
        Assert.Equal(moves, game.NumDistinctActions);
        Assert.Equal(maxScore, game.MaxUtility);
    }

    [Fact]
    public void MoveIdsFollowHlesLayout()
    {
        var config = ((HanabiLiteGame)GameCatalog.Load("hanabi_lite(preset=full,players=3)")).Config;
        Assert.Equal("(Discard 4)", config.Move(4).ToString());
        Assert.Equal("(Play 0)", config.Move(5).ToString());
        Assert.Equal("(Reveal player +1 color R)", config.Move(10).ToString());
        Assert.Equal("(Reveal player +2 color B)", config.Move(19).ToString());
        Assert.Equal("(Reveal player +1 rank 1)", config.Move(20).ToString());
        Assert.Equal("(Reveal player +2 rank 5)", config.Move(29).ToString());
        for (int id = 0; id < config.NumMoves; id++)
        {
            Assert.Equal(id, config.MoveId(config.Move(id)));
        }
    }

    [Fact]
    public void MisplayWithLastLifeScoresZero()
    {
        // Small preset: 2 colours, 1 life. Player 0 holds R1 R2, player 1 holds Y1 Y3.
        var state = Deal("hanabi_lite", "R1", "R2", "Y1", "Y3");
        Play(state, 0);
        Assert.Equal(1, state.Score);
        Assert.Equal([1.0, 1.0], state.Rewards());
        state.ApplyAction(Card(state, "R3"));
        Play(state, 1);
        Assert.True(state.IsTerminal);
        Assert.Equal(0, state.LifeTokens);
        Assert.Equal(0, state.Score);
        Assert.Equal([-1.0, -1.0], state.Rewards());
        Assert.Equal([0.0, 0.0], state.Returns());
    }

    [Fact]
    public void ThreeMisplaysEndTheFullGameWithScoreZero()
    {
        var state = Deal("hanabi_lite(preset=full)", "R1", "R3", "R4", "R5", "Y2", "Y3", "Y4", "Y5", "G2", "G3");
        Play(state, 0);
        Assert.Equal(1, state.Score);
        string[] refills = ["W2", "W3", "W4"];
        for (int misplay = 0; misplay < 3; misplay++)
        {
            Assert.False(state.IsTerminal);
            state.ApplyAction(Card(state, refills[misplay]));
            Play(state, 0);
            Assert.Equal(2 - misplay, state.LifeTokens);
        }

        Assert.True(state.IsTerminal);
        Assert.Equal(1, state.Firework(0));
        Assert.Equal(0, state.Score);
        Assert.Equal([0.0, 0.0], state.Returns());
    }

    [Fact]
    public void DiscardingIsIllegalWithAllInformationTokensAndGainsOneOtherwise()
    {
        var state = Deal("hanabi_lite", "R1", "R2", "Y1", "Y3");
        Assert.DoesNotContain(state.LegalActions(), a => state.Config.Move(a).Type == HanabiMoveType.Discard);
        int hint = state.Config.MoveId(new HanabiMove(HanabiMoveType.RevealColor, -1, 1, 1, -1));
        state.ApplyAction(hint);
        Assert.Equal(2, state.InformationTokens);
        var knowledge = state.Knowledge(1, 0);
        Assert.Equal(1, knowledge.HintedColor);
        Assert.Equal(0b10, knowledge.ColorMask);
        state.ApplyAction(state.Config.MoveId(new HanabiMove(HanabiMoveType.Discard, 0, -1, -1, -1)));
        Assert.Equal(3, state.InformationTokens);
        Assert.Equal([new HanabiCard(1, 0)], state.DiscardPile);
    }

    [Fact]
    public void CompletingAFireworkReturnsAnInformationToken()
    {
        // One colour of two ranks: R1 R1 R1 R2. Player 0: R1, player 1: R2.
        var state = Deal("hanabi_lite(colors=1,ranks=2,hand_size=1)", "R1", "R2");
        state.ApplyAction(state.Config.MoveId(new HanabiMove(HanabiMoveType.RevealRank, -1, 1, -1, 1)));
        Assert.Equal(2, state.InformationTokens);
        state.ApplyAction(state.Config.MoveId(new HanabiMove(HanabiMoveType.RevealRank, -1, 1, -1, 0)));
        Play(state, 0);
        state.ApplyAction(Card(state, "R1"));
        Play(state, 0);
        Assert.True(state.IsTerminal);
        Assert.Equal(2, state.Score);
        Assert.Equal(2, state.InformationTokens);
    }

    [Fact]
    public void EveryPlayerMovesOnceMoreAfterTheDeckRunsOut()
    {
        // Very small, 3-card hands for 2 players: deck 10, 4 left after the deal.
        var state = Deal("hanabi_lite(preset=very_small,hand_size=3,max_life_tokens=10)", "R1", "R1", "R1", "R2", "R2", "R3");
        int moves = 0;
        while (state.DeckSize > 0)
        {
            Play(state, 0);
            moves++;
            if (state.IsChanceNode)
            {
                state.ApplyAction(state.LegalActions()[0]);
            }
        }

        Assert.False(state.IsTerminal);
        Play(state, 0);
        Assert.False(state.IsTerminal);
        Play(state, 0);
        Assert.True(state.IsTerminal);
        Assert.Equal(4, moves);
    }

    [Fact]
    public void ObservationsHideOnlyTheObserversOwnCards()
    {
        var state = Deal("hanabi_lite", "R1", "R2", "Y1", "Y3");
        Assert.Equal(
            "Life tokens: 1\nInfo tokens: 3\nFireworks: R0 Y0 \nHands:\nCur player\nXX || XX|RY12345\nXX || XX|RY12345\n-----\nY1 || XX|RY12345\nY3 || XX|RY12345\nDeck size: 16\nDiscards:",
            state.ObservationString(0));
        Assert.Contains("R1 || XX|RY12345", state.ObservationString(1), StringComparison.Ordinal);
        var seer = Deal("hanabi_lite(observation_type=seer)", "R1", "R2", "Y1", "Y3");
        Assert.Contains("R1 || R1|R1", seer.ObservationString(0), StringComparison.Ordinal);
    }

    [Fact]
    public void EncodingSetsTheBitsOfHlesCanonicalLayout()
    {
        // Small preset (c=2, r=5, h=2, p=2): player 0 holds R1 R2, player 1 holds Y1 Y3; player 0 reveals yellow to player 1.
        // Expected bits derived by hand from canonical_encoders.cc, observer = player 1:
        // hands [0, 22): R1 at 0, R2 at 10+1; board [22, 52): 16 deck bits, fireworks 38-47, info 48-49 of 48-50, life 51;
        // discards [52, 72); last move [72, 103): mover +1 at 73, RevealColor at 74+2, target (1+1)%2=0 at 78, yellow at 81,
        // both cards matched at 87-88; knowledge [103, 171): 17 bits per card, own Y1 then Y3, then player 0's R1 R2.
        var state = Deal("hanabi_lite", "R1", "R2", "Y1", "Y3");
        state.ApplyAction(state.Config.MoveId(new HanabiMove(HanabiMoveType.RevealColor, -1, 1, 1, -1)));
        var expected = new List<int> { 0, 11, 48, 49, 51, 73, 76, 78, 81, 87, 88, 114, 131 };
        expected.AddRange(Enumerable.Range(22, 16));
        expected.AddRange(Enumerable.Range(108, 5));
        expected.AddRange(Enumerable.Range(125, 5));
        expected.AddRange(Enumerable.Range(137, 10));
        expected.AddRange(Enumerable.Range(154, 10));
        var v = new float[171];
        state.ObservationTensor(1, v);
        Assert.Equal(expected.Order(), Enumerable.Range(0, 171).Where(i => v[i] == 1));
    }

    [Fact]
    public void ChanceDealsInProportionToCopiesLeft()
    {
        var state = (HanabiLiteState)GameCatalog.Load("hanabi_lite").NewInitialState();
        var outcomes = state.ChanceOutcomes();
        Assert.Equal(10, outcomes.Length);
        Assert.Equal(3.0 / 20, outcomes[0].Probability, 1e-12);
        Assert.Equal(1.0 / 20, outcomes[4].Probability, 1e-12);
        Assert.Equal(1.0, outcomes.Sum(o => o.Probability), 1e-12);
    }

    [Fact]
    public void BadParametersGiveOneLineErrors()
    {
        var e = Assert.Throws<GameRLException>(() => GameCatalog.Load("hanabi_lite(preset=very_small,players=5,hand_size=3)"));
        Assert.Contains("exceeds the deck", e.Message, StringComparison.Ordinal);
        Assert.Throws<GameRLException>(() => GameCatalog.Load("hanabi_lite(players=6)"));
        Assert.Throws<GameRLException>(() => GameCatalog.Load("hanabi_lite(preset=huge)"));
        Assert.DoesNotContain('\n', e.Message);
    }

    internal static HanabiLiteState Deal(string spec, params string[] cards)
    {
        var state = (HanabiLiteState)GameCatalog.Load(spec).NewInitialState();
        foreach (string card in cards)
        {
            state.ApplyAction(Card(state, card));
        }

        Assert.Equal(0, state.CurrentPlayer);
        return state;
    }

    internal static int Card(HanabiLiteState state, string card) =>
        ("RYGWB".IndexOf(card[0], StringComparison.Ordinal) * state.Config.Ranks) + (card[1] - '1');

    private static void Play(HanabiLiteState state, int index) =>
        state.ApplyAction(state.Config.MoveId(new HanabiMove(HanabiMoveType.Play, index, -1, -1, -1)));
}
