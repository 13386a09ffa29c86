using GameRL.Games.Api;
using GameRL.Games.Batched;
using GameRL.Games.HanabiLite;

namespace GameRL.Tests.Games.HanabiLite;

/// <summary>The batched environment against the rules API, and its allocation and illegal-action policies.</summary>
public class HanabiLiteBatchedTests
{
    [Theory]
    [InlineData("hanabi_lite")]
    [InlineData("hanabi_lite(preset=full,players=3)")]
    [InlineData("hanabi_lite(preset=very_small,observation_type=seer)")]
    public void BatchedEnvironmentAgreesWithRulesApiOnSeededTrajectories(string spec)
    {
        var game = (HanabiLiteGame)GameCatalog.Load(spec);
        const int batch = 3;
        var env = game.CreateBatched(batch, seed: 42);
        var states = new HanabiLiteState[batch];
        var deals = new ulong[batch];
        for (int e = 0; e < batch; e++)
        {
            states[e] = Start(game, env.EpisodeSeeds[e], out deals[e]);
        }

        ulong rng = 9;
        var actions = new int[batch];
        var expected = new float[env.ObservationSize];
        int episodesEnded = 0;
        for (int step = 0; step < 400; step++)
        {
            for (int e = 0; e < batch; e++)
            {
                var state = states[e];
                Assert.Equal(state.CurrentPlayer, env.Actors[e]);
                state.ObservationTensor(state.CurrentPlayer, expected);
                Assert.True(env.Observations.Slice(e * env.ObservationSize, env.ObservationSize).SequenceEqual(expected));
                int[] legal = state.LegalActions();
                byte[] mask = env.LegalActionMask.Slice(e * env.NumActions, env.NumActions).ToArray();
                Assert.Equal(legal, Enumerable.Range(0, env.NumActions).Where(a => mask[a] != 0));
                actions[e] = legal[SplitMix64.NextInt(ref rng, legal.Length)];
            }

            env.Step(actions);
            for (int e = 0; e < batch; e++)
            {
                var state = states[e];
                state.ApplyAction(actions[e]);
                Assert.Equal((float)state.Rewards()[0], env.Rewards[e * game.NumPlayers]);
                DealUntilDecision(state, ref deals[e]);
                Assert.Equal(state.IsTerminal, env.Dones[e]);
                if (state.IsTerminal)
                {
                    episodesEnded++;
                    Assert.Equal((float)state.Score, env.EpisodeReturns[e * game.NumPlayers]);
                    states[e] = Start(game, env.EpisodeSeeds[e], out deals[e]);
                }
            }
        }

        Assert.True(episodesEnded > 3);
    }

    [Fact]
    public void EnvironmentTrajectoriesDoNotDependOnTheBatch()
    {
        var game = (HanabiLiteGame)GameCatalog.Load("hanabi_lite");
        var wide = game.CreateBatched(4, 0);
        var narrow = game.CreateBatched(1, 0);
        long[] seeds = [11, 22, 33, 44];
        wide.Reset(seeds);
        narrow.Reset([33]);
        var wideActions = new int[4];
        var narrowActions = new int[1];
        ulong rng = 5;
        for (int step = 0; step < 200; step++)
        {
            Assert.True(wide.Observations.Slice(2 * wide.ObservationSize, wide.ObservationSize).SequenceEqual(narrow.Observations));
            int a = FirstLegal(narrow, 0, ref rng);
            for (int e = 0; e < 4; e++)
            {
                wideActions[e] = e == 2 ? a : FirstLegal(wide, e, ref rng);
            }

            narrowActions[0] = a;
            wide.Step(wideActions);
            narrow.Step(narrowActions);
        }
    }

    [Fact]
    public void SteppingAllocatesNothing()
    {
        var env = ((IBatchedGame)GameCatalog.Load("hanabi_lite(preset=full)")).CreateBatched(16, 3);
        var actions = new int[16];
        ulong rng = 1;
        for (int i = 0; i < 50; i++)
        {
            Step(env, actions, ref rng);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 500; i++)
        {
            Step(env, actions, ref rng);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void IllegalActionThrowsAndChangesNoEnvironment()
    {
        var game = (IBatchedGame)GameCatalog.Load("hanabi_lite");
        var env = game.CreateBatched(3, 8);
        var twin = game.CreateBatched(3, 8);
        var actions = new int[3];
        ulong rng = 2;
        for (int e = 0; e < 3; e++)
        {
            actions[e] = FirstLegal(env, e, ref rng);
        }

        var bad = (int[])actions.Clone();
        bad[1] = 0; // discarding is illegal at the start: all information tokens are in the box
        var before = env.Observations.ToArray();
        var error = Assert.Throws<ArgumentException>(() => env.Step(bad));
        Assert.Contains("environment 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("not legal", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, env.Observations.ToArray());
        Assert.Throws<ArgumentException>(() => env.Step([.. actions, 0]));
        Assert.Throws<ArgumentException>(() => env.Step([actions[0], 99, actions[2]]));
        env.Step(actions);
        twin.Step(actions);
        Assert.Equal(twin.Observations.ToArray(), env.Observations.ToArray());
    }

    /// <summary>A new game dealt as the batched environment deals it: SplitMix64 seeded with the episode seed.</summary>
    private static HanabiLiteState Start(HanabiLiteGame game, long episodeSeed, out ulong deals)
    {
        var state = (HanabiLiteState)game.NewInitialState();
        deals = (ulong)episodeSeed;
        DealUntilDecision(state, ref deals);
        return state;
    }

    private static void DealUntilDecision(HanabiLiteState state, ref ulong rng)
    {
        while (state.IsChanceNode)
        {
            state.ApplyAction(state.Core.SampleCard(0, ref rng));
        }
    }

    private static int FirstLegal(IBatchedEnvironment env, int e, ref ulong rng)
    {
        byte[] mask = env.LegalActionMask.Slice(e * env.NumActions, env.NumActions).ToArray();
        int[] legal = [.. Enumerable.Range(0, env.NumActions).Where(a => mask[a] != 0)];
        return legal[SplitMix64.NextInt(ref rng, legal.Length)];
    }

    private static void Step(IBatchedEnvironment env, int[] actions, ref ulong rng)
    {
        var mask = env.LegalActionMask;
        for (int e = 0; e < actions.Length; e++)
        {
            int k = SplitMix64.NextInt(ref rng, env.NumActions);
            while (mask[(e * env.NumActions) + k] == 0)
            {
                k = (k + 1) % env.NumActions;
            }

            actions[e] = k;
        }

        env.Step(actions);
    }
}
