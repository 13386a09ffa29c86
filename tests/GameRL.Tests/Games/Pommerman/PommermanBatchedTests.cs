using GameRL.Games.Api;
using GameRL.Games.Batched;
using GameRL.Games.Pommerman;

namespace GameRL.Tests.Games.Pommerman;

/// <summary>The batched environment against the rules API, and its allocation and illegal-action policies.</summary>
public class PommermanBatchedTests
{
    [Theory]
    [InlineData("pommerman_lite")]
    [InlineData("pommerman_lite(mode=ffa)")]
    [InlineData("pommerman_lite(mode=team,partially_observable=true,observation=spatial)")]
    public void BatchedEnvironmentAgreesWithRulesApiOnSeededTrajectories(string spec)
    {
        var game = (PommermanGame)GameCatalog.Load(spec);
        const int batch = 3;
        int a = game.NumPlayers;
        var env = game.CreateBatched(batch, seed: 17);
        var states = new PommermanState[batch];
        for (int e = 0; e < batch; e++)
        {
            states[e] = (PommermanState)game.NewInitialState(env.EpisodeSeeds[e]);
        }

        ulong rng = 3;
        var actions = new int[batch * a];
        var expected = new float[env.ObservationSize];
        int episodesEnded = 0;
        for (int step = 0; step < 300; step++)
        {
            for (int e = 0; e < batch; e++)
            {
                for (int p = 0; p < a; p++)
                {
                    int slot = (e * a) + p;
                    states[e].ObservationTensor(p, expected);
                    Assert.True(env.Observations.Slice(slot * env.ObservationSize, env.ObservationSize).SequenceEqual(expected));
                    int[] legal = states[e].LegalActions(p);
                    byte[] mask = env.LegalActionMask.Slice(slot * 6, 6).ToArray();
                    Assert.Equal(legal, Enumerable.Range(0, 6).Where(x => mask[x] != 0));
                    Assert.Equal(p, env.Actors[slot]);
                    actions[slot] = legal[SplitMix64.NextInt(ref rng, legal.Length)];
                }
            }

            env.Step(actions);
            for (int e = 0; e < batch; e++)
            {
                states[e].ApplyActions(actions.AsSpan(e * a, a));
                double[] rewards = states[e].Rewards();
                for (int p = 0; p < a; p++)
                {
                    Assert.Equal((float)rewards[p], env.Rewards[(e * a) + p]);
                }

                Assert.Equal(states[e].IsTerminal, env.Dones[e]);
                if (states[e].IsTerminal)
                {
                    episodesEnded++;
                    double[] returns = states[e].Returns();
                    for (int p = 0; p < a; p++)
                    {
                        Assert.Equal((float)returns[p], env.EpisodeReturns[(e * a) + p]);
                    }

                    states[e] = (PommermanState)game.NewInitialState(env.EpisodeSeeds[e]);
                }
            }
        }

        Assert.True(episodesEnded > 3);
    }

    [Fact]
    public void SteppingAllocatesNothing()
    {
        var env = ((IBatchedGame)GameCatalog.Load("pommerman_lite(mode=ffa)")).CreateBatched(8, 5);
        var actions = new int[8 * 4];
        ulong rng = 1;
        for (int i = 0; i < 100; i++)
        {
            Step(env, actions, ref rng);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Step(env, actions, ref rng);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void IllegalActionsThrowAndChangeNoEnvironment()
    {
        var env = ((IBatchedGame)GameCatalog.Load("pommerman_lite(mode=ffa)")).CreateBatched(4, 2);
        var actions = new int[16];
        ulong rng = 4;
        int deadSlot = -1;
        for (int i = 0; i < 2000 && deadSlot < 0; i++)
        {
            Step(env, actions, ref rng);
            for (int slot = 0; slot < 16 && deadSlot < 0; slot++)
            {
                if (env.LegalActionMask[(slot * 6) + 5] == 0)
                {
                    deadSlot = slot;
                }
            }
        }

        Assert.True(deadSlot >= 0, "some agent should die within 2000 random steps");
        var before = env.Observations.ToArray();
        actions.AsSpan().Clear();
        actions[deadSlot] = 5;
        var error = Assert.Throws<ArgumentException>(() => env.Step(actions));
        Assert.Contains($"environment {deadSlot / 4}, agent {deadSlot % 4}", error.Message, StringComparison.Ordinal);
        actions[deadSlot] = 0;
        actions[3] = 6;
        Assert.Contains("out of range", Assert.Throws<ArgumentException>(() => env.Step(actions)).Message, StringComparison.Ordinal);
        Assert.Equal(before, env.Observations.ToArray());
    }

    private static void Step(IBatchedEnvironment env, int[] actions, ref ulong rng)
    {
        var mask = env.LegalActionMask;
        for (int slot = 0; slot < actions.Length; slot++)
        {
            int k = SplitMix64.NextInt(ref rng, 6);
            while (mask[(slot * 6) + k] == 0)
            {
                k = (k + 1) % 6;
            }

            actions[slot] = k;
        }

        env.Step(actions);
    }
}
