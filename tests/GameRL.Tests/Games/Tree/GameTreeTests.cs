using GameRL.Games.Api;
using GameRL.Games.Tree;

namespace GameRL.Tests.Games.Tree;

/// <summary>The compiled tree: OpenSpiel's counts, level order, contiguous children and slots, perfect-recall checks.</summary>
public class GameTreeTests
{
    [Theory]
    [InlineData("kuhn_poker", 4, 24, 30, 6, 6)]
    [InlineData("leduc_poker", 157, 3780, 5520, 468, 468)]
    [InlineData("tiny_hanabi", 3, 16, 36, 2, 6)]
    public void CountsMatchOpenSpiel(string spec, int chance, int decision, int terminal, int infosets0, int infosets1)
    {
        var t = GameTree.Build(GameCatalog.Load(spec));
        Assert.Equal(chance, t.ChanceNodes);
        Assert.Equal(decision, t.DecisionNodes);
        Assert.Equal(terminal, t.TerminalNodes);
        Assert.Equal(chance + decision + terminal, t.NumNodes);
        Assert.Equal(infosets0, t.NumInfosetsOf(0));
        Assert.Equal(infosets1, t.NumInfosetsOf(1));
    }

    [Theory]
    [InlineData("leduc_poker")]
    [InlineData("kuhn_poker(players=3)")]
    [InlineData("random_tree(seed=9,players=3)")]
    public void NodesAreInLevelOrderWithContiguousChildren(string spec)
    {
        var t = GameTree.Build(GameCatalog.Load(spec));
        for (int d = 0; d + 1 < t.LevelStart.Length; d++)
        {
            for (int v = t.LevelStart[d]; v < t.LevelStart[d + 1]; v++)
            {
                if (d > 0)
                {
                    Assert.InRange(t.Parent[v], t.LevelStart[d - 1], t.LevelStart[d] - 1);
                }

                for (int c = t.FirstChild[v]; c < t.FirstChild[v] + t.NumChildren[v]; c++)
                {
                    Assert.Equal(v, t.Parent[c]);
                }
            }
        }

        Assert.Equal(-1, t.Parent[0]);
        Assert.Equal(t.NumNodes - 1, t.Parent.Skip(1).Count(p => p >= 0));
    }

    [Theory]
    [InlineData("leduc_poker")]
    [InlineData("random_tree(seed=11,players=3)")]
    public void InfosetsAreTopologicalAndOwnContiguousSlots(string spec)
    {
        var t = GameTree.Build(GameCatalog.Load(spec));
        int slot = 0;
        for (int i = 0; i < t.NumInfosets; i++)
        {
            Assert.Equal(slot, t.InfosetFirstSlot[i]);
            slot += t.InfosetNumActions[i];
            int parent = t.InfosetParentSequence[i];
            int p = t.InfosetPlayer[i];
            if (parent >= t.NumPlayers)
            {
                int owner = t.SlotInfoset[parent - t.NumPlayers];
                Assert.True(owner < i);
                Assert.Equal(p, t.InfosetPlayer[owner]);
            }
            else
            {
                Assert.Equal(p, parent);
            }
        }

        Assert.Equal(t.NumSlots, slot);
    }

    [Fact]
    public void ChanceReachIsTheProductOfChanceEdgesAndSumsToOnePerLevel()
    {
        var t = GameTree.Build(GameCatalog.Load("leduc_poker(players=3)"));
        var reach = new double[t.NumNodes];
        reach[0] = 1;
        for (int v = 1; v < t.NumNodes; v++)
        {
            reach[v] = reach[t.Parent[v]] * t.NodeChanceProbability[v];
        }

        double dealt = 0;
        for (int v = t.LevelStart[3]; v < t.LevelStart[4]; v++)
        {
            dealt += reach[v];
        }

        Assert.Equal(1.0, dealt, 1e-12);
        for (int z = 0; z < t.TerminalNodes; z++)
        {
            Assert.Equal(reach[t.TerminalNode[z]], t.TerminalChanceReach[z], 1e-15);
        }
    }

    [Fact]
    public void TooLargeGamesAreRefusedWithAClearError()
    {
        var e = Assert.Throws<GameRLException>(() => GameTree.Build(GameCatalog.Load("leduc_poker"), maxNodes: 1000));
        Assert.Contains("too large", e.Message, StringComparison.Ordinal);
    }
}
