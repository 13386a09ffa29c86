using FsCheck.Xunit;
using GameRL.Games.Api;
using GameRL.Games.Batched;
using GameRL.Games.HanabiLite;

namespace GameRL.Tests.Games.HanabiLite;

/// <summary>Invariants over random games of random variants (FsCheck picks the variant and the seed).</summary>
public class HanabiLitePropertyTests
{
    private static readonly string[] Specs =
    [
        "hanabi_lite", "hanabi_lite(preset=very_small)", "hanabi_lite(preset=full)", "hanabi_lite(preset=full,players=4)",
        "hanabi_lite(players=3,observation_type=minimal)", "hanabi_lite(preset=full,players=5,observation_type=seer)",
        "hanabi_lite(colors=3,ranks=3,hand_size=3,max_life_tokens=2)",
    ];

    [Property(MaxTest = 60)]
    public void RandomGamesKeepHlesInvariants(byte variant, int seed)
    {
        var game = (HanabiLiteGame)GameCatalog.Load(Specs[variant % Specs.Length]);
        var c = game.Config;
        var state = (HanabiLiteState)game.NewInitialState();
        ulong rng = (ulong)seed;
        double rewardSum = 0;
        int movesAfterDeckEmpty = 0;
        var buffer = new float[c.ObservationSize];
        while (!state.IsTerminal)
        {
            int[] legal = state.LegalActions();
            Assert.NotEmpty(legal);
            if (!state.IsChanceNode && state.DeckSize == 0)
            {
                movesAfterDeckEmpty++;
            }

            state.ApplyAction(legal[SplitMix64.NextInt(ref rng, legal.Length)]);
            rewardSum += state.Rewards()[0];
            CheckInvariants(state, buffer);
        }

        Assert.Equal(state.Returns()[0], rewardSum);
        Assert.True(movesAfterDeckEmpty <= c.Players);
        Assert.True(state.Score == 0 || state.LifeTokens > 0);
    }

    private static void CheckInvariants(HanabiLiteState state, float[] buffer)
    {
        var c = state.Config;
        var counts = new int[c.CardTypes];
        var deck = state.Core.DeckCounts(0);
        for (int t = 0; t < c.CardTypes; t++)
        {
            counts[t] += deck[t] + state.Core.DiscardCount(0, t);
        }

        for (int p = 0; p < c.Players; p++)
        {
            Assert.InRange(state.HandLength(p), 0, c.HandSize);
            for (int i = 0; i < state.HandLength(p); i++)
            {
                var card = state.Card(p, i);
                counts[(card.Color * c.Ranks) + card.Rank]++;
                var k = state.Knowledge(p, i);
                Assert.True(k.ColorPlausible(card.Color) && k.RankPlausible(card.Rank), "knowledge must never exclude the true card");
            }
        }

        int fireworks = 0;
        for (int color = 0; color < c.Colors; color++)
        {
            fireworks += state.Firework(color);
            for (int rank = 0; rank < state.Firework(color); rank++)
            {
                counts[(color * c.Ranks) + rank]++;
            }
        }

        for (int t = 0; t < c.CardTypes; t++)
        {
            Assert.Equal(c.Copies(t), counts[t]);
        }

        Assert.Equal(state.DeckSize, deck.ToArray().Sum(x => x));
        Assert.Equal(state.DiscardPile.Count, Enumerable.Range(0, c.CardTypes).Sum(t => state.Core.DiscardCount(0, t)));
        Assert.InRange(state.InformationTokens, 0, c.MaxInformationTokens);
        Assert.InRange(state.LifeTokens, 0, c.MaxLifeTokens);
        Assert.InRange(state.Score, 0, c.MaxScore);
        Assert.Equal(state.LifeTokens > 0 ? fireworks : 0, state.Score);
        for (int p = 0; p < c.Players; p++)
        {
            state.ObservationTensor(p, buffer);
            Assert.All(buffer, v => Assert.True(v is 0f or 1f));
        }
    }
}
