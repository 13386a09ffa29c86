using GameRL.Games.Api;
using GameRL.Games.Pommerman;
using static GameRL.Games.Pommerman.PommermanAction;
using static GameRL.Tests.Games.Pommerman.PommermanLayouts;

namespace GameRL.Tests.Games.Pommerman;

/// <summary>The playground's forward model on scripted boards.</summary>
public class PommermanRulesTests
{
    [Fact]
    public void ABombLaidWithLifeTenExplodesExactlyWhenItsLifeReachesZero()
    {
        var state = Load("pommerman_lite", Open);
        Step(state, PommermanAction.Bomb, Stop);
        Assert.Equal(9, Assert.Single(state.Bombs).Life);
        Assert.Equal(0, state.Ammo(0));
        PommermanAction[] escape = [Right, Right, Down];
        for (int k = 1; k <= 8; k++)
        {
            Step(state, k <= escape.Length ? escape[k - 1] : Stop, Stop);
            Assert.Equal(9 - k, Assert.Single(state.Bombs).Life);
            Assert.Equal(PommermanItem.Bomb, state.Cell(1, 1));
        }

        Step(state, Stop, Stop);
        Assert.Empty(state.Bombs);
        Assert.Equal(1, state.Ammo(0));
        foreach (var (r, c) in new[] { (1, 1), (0, 1), (2, 1), (1, 0), (1, 2) })
        {
            Assert.Equal(PommermanItem.Flames, state.Cell(r, c));
        }

        Assert.Equal(PommermanItem.Passage, state.Cell(1, 3));
        Assert.True(state.IsAlive(0) && state.IsAlive(1));
    }

    [Fact]
    public void ABombInAnotherBombsBlastExplodesWithIt()
    {
        var state = Load("pommerman_lite", Open);
        state.Core.AddBomb(0, (3 * 8) + 3, owner: 0, life: 1, blastStrength: 2, PommermanAction.Stop);
        state.Core.AddBomb(0, (3 * 8) + 4, owner: 1, life: 9, blastStrength: 3, PommermanAction.Stop);
        Step(state, Stop, Stop);
        Assert.Empty(state.Bombs);
        Assert.Equal(PommermanItem.Flames, state.Cell(3, 6));
        Assert.Equal(PommermanItem.Flames, state.Cell(5, 4));
        Assert.Equal(PommermanItem.Flames, state.Cell(3, 2));
        Assert.Equal(PommermanItem.Passage, state.Cell(3, 7));
        Assert.Equal(PommermanItem.Passage, state.Cell(3, 1));
    }

    [Fact]
    public void FlamesLastExactlyTheTwoStepsAfterTheExplosion()
    {
        var state = Load("pommerman_lite", Open);
        state.Core.AddBomb(0, (3 * 8) + 3, owner: 0, life: 1, blastStrength: 2, PommermanAction.Stop);
        Step(state, Stop, Stop);
        Assert.Equal(PommermanItem.Flames, state.Cell(3, 4));
        Step(state, Stop, Stop);
        Assert.Equal(PommermanItem.Flames, state.Cell(3, 4));
        Step(state, Stop, Stop);
        Assert.Equal(PommermanItem.Flames, state.Cell(3, 4));
        Step(state, Stop, Stop);
        Assert.Equal(PommermanItem.Passage, state.Cell(3, 4));
    }

    [Fact]
    public void BlastsStopAtRigidWallsAndBurnTheFirstWoodenWallRevealingItsItem()
    {
        var state = Load(
            "pommerman_lite",
            "........",
            ".0......",
            "...+....",
            "...E....",
            "...#....",
            "........",
            "......1.",
            "........");
        state.Core.AddBomb(0, (3 * 8) + 2, owner: 0, life: 1, blastStrength: 3, PommermanAction.Stop);
        state.Core.AddBomb(0, (5 * 8) + 3, owner: 1, life: 1, blastStrength: 3, PommermanAction.Stop);
        Step(state, Stop, Stop);
        Assert.Equal(PommermanItem.Flames, state.Cell(3, 3));
        Assert.Equal(PommermanItem.Wood, state.Cell(2, 3));
        Assert.Equal(PommermanItem.Rigid, state.Cell(4, 3));
        Assert.Equal(PommermanItem.Passage, state.Cell(3, 4));
        for (int i = 0; i < 3; i++)
        {
            Step(state, Stop, Stop);
        }

        Assert.Equal(PommermanItem.ExtraBomb, state.Cell(3, 3));
    }

    [Fact]
    public void AgentsSwappingOrAimingAtOneCellAllStay()
    {
        var swap = Load("pommerman_lite", "........", "........", "........", "...01...", "........", "........", "........", "........");
        Step(swap, Right, Left);
        Assert.Equal((3, 3), swap.AgentPosition(0));
        Assert.Equal((3, 4), swap.AgentPosition(1));

        var clash = Load("pommerman_lite", "........", "........", "........", "...0.1..", "........", "........", "........", "........");
        Step(clash, Right, Left);
        Assert.Equal((3, 3), clash.AgentPosition(0));
        Assert.Equal((3, 5), clash.AgentPosition(1));

        var follow = Load("pommerman_lite", "........", "........", "........", "...01...", "........", "........", "........", "........");
        Step(follow, Right, Right);
        Assert.Equal((3, 4), follow.AgentPosition(0));
        Assert.Equal((3, 5), follow.AgentPosition(1));
    }

    [Fact]
    public void AgentsThatCanKickSendBombsSlidingOthersAreBlocked()
    {
        string[] rows = ["........", "........", "........", "..0.....", "........", "........", "......1.", "........"];
        var blocked = Load("pommerman_lite", rows);
        blocked.Core.AddBomb(0, (3 * 8) + 3, owner: 1, life: 9, blastStrength: 2, PommermanAction.Stop);
        Step(blocked, Right, Stop);
        Assert.Equal((3, 2), blocked.AgentPosition(0));
        Assert.Equal(3, Assert.Single(blocked.Bombs).Column);

        var kicker = Load("pommerman_lite", rows);
        kicker.Core.SetAgent(0, 0, ammo: 1, blastStrength: 2, canKick: true);
        kicker.Core.AddBomb(0, (3 * 8) + 3, owner: 1, life: 9, blastStrength: 2, PommermanAction.Stop);
        Step(kicker, Right, Stop);
        Assert.Equal((3, 3), kicker.AgentPosition(0));
        Assert.Equal(new PommermanBomb(3, 4, 1, 8, 2, Right), Assert.Single(kicker.Bombs));
        Step(kicker, Stop, Stop);
        Assert.Equal(5, Assert.Single(kicker.Bombs).Column);
    }

    [Fact]
    public void PowerUpsRaiseAmmoRangeAndGrantKicks()
    {
        var state = Load("pommerman_lite", "........", ".0brk...", "........", "........", "........", "........", "......1.", "........");
        Step(state, Right, Stop);
        Step(state, Right, Stop);
        Step(state, Right, Stop);
        Assert.Equal(2, state.Ammo(0));
        Assert.Equal(3, state.BlastStrength(0));
        Assert.True(state.CanKick(0));
    }

    [Fact]
    public void TheLastAgentStandingWins()
    {
        var state = Load("pommerman_lite", "........", ".0......", "........", "....1...", "........", "........", "........", "........");
        state.Core.AddBomb(0, (3 * 8) + 3, owner: 0, life: 1, blastStrength: 2, PommermanAction.Stop);
        Step(state, Stop, Stop);
        Assert.True(state.IsTerminal);
        Assert.False(state.IsAlive(1));
        Assert.Equal([1.0, -1.0], state.Rewards());
        Assert.Equal(PommermanResult.Win, state.Result(0));
        Assert.Equal(PommermanResult.Loss, state.Result(1));
    }

    [Fact]
    public void DyingTogetherInOneVsOneIsATieWithZeroRewards()
    {
        var state = Load("pommerman_lite", "........", "........", "........", "..0.1...", "........", "........", "........", "........");
        state.Core.AddBomb(0, (3 * 8) + 3, owner: 0, life: 1, blastStrength: 2, PommermanAction.Stop);
        Step(state, Stop, Stop);
        Assert.True(state.IsTerminal);
        Assert.Equal([0.0, 0.0], state.Rewards());
        Assert.Equal(PommermanResult.Tie, state.Result(0));
    }

    [Theory]
    [InlineData("pommerman_lite", 800)]
    [InlineData("pommerman_lite(max_steps=10)", 10)]
    [InlineData("pommerman_lite(mode=ffa,max_steps=25)", 25)]
    public void EpisodesEndByTheStepCapAsATie(string spec, int maxSteps)
    {
        // The playground tests step_count >= max_steps before incrementing it: the cap ends transition max_steps + 1.
        var state = (PommermanState)GameCatalog.Load(spec).NewInitialState();
        int[] stop = new int[state.Game.NumPlayers];
        for (int step = 0; step < maxSteps; step++)
        {
            Assert.False(state.IsTerminal);
            state.ApplyActions(stop);
        }

        Assert.False(state.IsTerminal);
        state.ApplyActions(stop);
        Assert.True(state.IsTerminal);
        Assert.Equal(maxSteps + 1, state.StepCount);
        Assert.All(state.Rewards(), r => Assert.Equal(-1.0, r));
        Assert.All(Enumerable.Range(0, state.Game.NumPlayers), p => Assert.Equal(PommermanResult.Tie, state.Result(p)));
        Assert.Equal(maxSteps + 1, state.History.Count);
    }

    [Fact]
    public void DeadAgentsMayOnlyStop()
    {
        var state = Load("pommerman_lite(mode=ffa)", "...........", ".0.........", "...........", "...2.......", "...........", "...........", "...........", "...........", ".........3.", ".1.........", "...........");
        state.Core.AddBomb(0, (3 * 11) + 4, owner: 0, life: 1, blastStrength: 2, PommermanAction.Stop);
        state.ApplyActions([0, 0, 0, 0]);
        Assert.False(state.IsAlive(2));
        Assert.False(state.IsTerminal);
        Assert.Equal([0], state.LegalActions(2));
        Assert.Equal([0.0, 0.0, -1.0, 0.0], state.Rewards());
        Assert.Throws<InvalidOperationException>(() => state.ApplyActions([0, 0, 5, 0]));
    }

    [Theory]
    [InlineData("pommerman_lite", new[] { 201 })]
    [InlineData("pommerman_lite(mode=ffa)", new[] { 372 })]
    [InlineData("pommerman_lite(mode=team,partially_observable=true)", new[] { 372 })]
    [InlineData("pommerman_lite(observation=spatial)", new[] { 19, 8, 8 })]
    public void ObservationShapesAreThePlaygrounds(string spec, int[] shape)
    {
        var game = GameCatalog.Load(spec);
        Assert.Equal(shape, game.ObservationTensorShape);
        var state = game.NewInitialState();
        var buffer = new float[shape.Aggregate(1, (a, b) => a * b)];
        state.ObservationTensor(0, buffer);
        Assert.Contains(1f, buffer);
    }

    [Fact]
    public void TheFeaturizedVectorEndsWithPositionStatsTeammateAndEnemies()
    {
        var state = (PommermanState)GameCatalog.Load("pommerman_lite(mode=team)").NewInitialState();
        var v = new float[372];
        state.ObservationTensor(1, v);
        Assert.Equal([9f, 1f, 1f, 2f, 0f, 13f, 10f, 12f, 9f], v[363..]);
        Assert.Equal(11f, v[(9 * 11) + 1]);
        var duel = (PommermanState)GameCatalog.Load("pommerman_lite").NewInitialState();
        var w = new float[201];
        duel.ObservationTensor(0, w);
        Assert.Equal([1f, 1f, 1f, 2f, 0f, 9f, 11f, 9f, 9f], w[192..]);
    }

    [Fact]
    public void PartialObservabilityFogsCellsBeyondTheViewRadius()
    {
        var state = (PommermanState)GameCatalog.Load("pommerman_lite(mode=ffa,partially_observable=true)").NewInitialState();
        var v = new float[372];
        state.ObservationTensor(0, v);
        for (int r = 0; r < 11; r++)
        {
            for (int c = 0; c < 11; c++)
            {
                bool inView = Math.Abs(r - 1) <= 4 && Math.Abs(c - 1) <= 4;
                Assert.Equal(inView, v[(r * 11) + c] != (float)PommermanItem.Fog);
            }
        }
    }

    [Fact]
    public void BadParametersGiveOneLineErrors()
    {
        Assert.Contains("even", Assert.Throws<GameRLException>(() => GameCatalog.Load("pommerman_lite(num_rigid=15)")).Message, StringComparison.Ordinal);
        Assert.Contains("exceed", Assert.Throws<GameRLException>(() => GameCatalog.Load("pommerman_lite(num_items=20)")).Message, StringComparison.Ordinal);
        Assert.Contains("do not fit", Assert.Throws<GameRLException>(() => GameCatalog.Load("pommerman_lite(num_rigid=60)")).Message, StringComparison.Ordinal);
        Assert.Throws<GameRLException>(() => GameCatalog.Load("pommerman_lite(mode=duel)"));
    }
}
