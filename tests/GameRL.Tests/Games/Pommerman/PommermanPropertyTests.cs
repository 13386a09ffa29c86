using FsCheck.Xunit;
using GameRL.Games.Api;
using GameRL.Games.Batched;
using GameRL.Games.Pommerman;

namespace GameRL.Tests.Games.Pommerman;

/// <summary>Invariants of generated boards and of random play, over random seeds and modes.</summary>
public class PommermanPropertyTests
{
    private static readonly string[] Specs =
    [
        "pommerman_lite", "pommerman_lite(mode=ffa)", "pommerman_lite(mode=team)",
        "pommerman_lite(board_size=10,num_rigid=24,num_wood=30,num_items=12)",
        "pommerman_lite(mode=ffa,board_size=13,num_rigid=40,num_wood=60,num_items=30)",
    ];

    [Property(MaxTest = 100)]
    public void BoardsAreSymmetricReachableAndHaveTheRightCounts(byte variant, int seed)
    {
        var game = (PommermanGame)GameCatalog.Load(Specs[variant % Specs.Length]);
        var c = game.Config;
        int n = c.BoardSize;
        var state = (PommermanState)game.NewInitialState(seed & int.MaxValue);
        int rigid = 0;
        int wood = 0;
        int items = 0;
        for (int r = 0; r < n; r++)
        {
            for (int col = 0; col < n; col++)
            {
                var item = state.Cell(r, col);
                var mirror = state.Cell(col, r);
                if (item < PommermanItem.Agent0 && mirror < PommermanItem.Agent0)
                {
                    Assert.Equal(item, mirror);
                }

                if (r == col)
                {
                    Assert.True(item is PommermanItem.Passage or >= PommermanItem.Agent0);
                }

                rigid += item == PommermanItem.Rigid ? 1 : 0;
                wood += item == PommermanItem.Wood ? 1 : 0;
                byte hidden = state.Core.HiddenItem(0, (r * n) + col);
                if (hidden != 0)
                {
                    items++;
                    Assert.Equal(PommermanItem.Wood, item);
                    Assert.InRange(hidden, (byte)PommermanItem.ExtraBomb, (byte)PommermanItem.Kick);
                }
            }
        }

        Assert.Equal(c.NumRigid, rigid);
        Assert.Equal(c.NumWood, wood);
        Assert.Equal(c.NumItems, items);
        Assert.True(UnreachablePassages(state, n) <= 4);
        Assert.Equal((1, 1), state.AgentPosition(0));
        Assert.Equal(c.NumAgents == 2 ? (n - 2, n - 2) : (n - 2, 1), state.AgentPosition(1));
        foreach (var (r, col) in new[] { (1, 2), (1, 3), (2, 1), (3, 1), (n - 2, n - 3), (n - 3, n - 2) })
        {
            Assert.Equal(PommermanItem.Passage, state.Cell(r, col));
        }
    }

    [Property(MaxTest = 40)]
    public void RandomPlayNeverPutsTwoAgentsOnOneCellAndEndsByTheCap(byte variant, int seed)
    {
        var game = (PommermanGame)GameCatalog.Load(Specs[variant % 3]);
        var state = (PommermanState)game.NewInitialState(seed & int.MaxValue);
        ulong rng = (ulong)seed;
        int[] actions = new int[game.NumPlayers];
        var returns = new double[game.NumPlayers];
        while (!state.IsTerminal)
        {
            for (int p = 0; p < actions.Length; p++)
            {
                int[] legal = state.LegalActions(p);
                actions[p] = legal[SplitMix64.NextInt(ref rng, legal.Length)];
            }

            state.ApplyActions(actions);
            var cells = new HashSet<(int, int)>();
            for (int p = 0; p < game.NumPlayers; p++)
            {
                returns[p] += state.Rewards()[p];
                if (state.IsAlive(p))
                {
                    Assert.True(cells.Add(state.AgentPosition(p)), "two living agents share a cell");
                    var (r, c) = state.AgentPosition(p);
                    Assert.Equal((PommermanItem)((int)PommermanItem.Agent0 + p), state.Cell(r, c));
                }
            }

            Assert.All(state.Bombs, b => Assert.InRange(b.Life, 1, 9));
            Assert.True(state.StepCount <= game.Config.MaxSteps + 1);
        }

        Assert.Equal(returns, state.Returns());
        Assert.DoesNotContain(PommermanResult.Incomplete, Enumerable.Range(0, game.NumPlayers).Select(state.Result));
    }

    private static int UnreachablePassages(PommermanState state, int n)
    {
        var seen = new bool[n, n];
        var stack = new Stack<(int, int)>();
        stack.Push((n - 2, n - 2));
        seen[n - 2, n - 2] = true;
        while (stack.Count > 0)
        {
            var (r, c) = stack.Pop();
            foreach (var (dr, dc) in new[] { (1, 0), (-1, 0), (0, 1), (0, -1) })
            {
                int nr = r + dr;
                int nc = c + dc;
                if (nr >= 0 && nc >= 0 && nr < n && nc < n && !seen[nr, nc] && state.Cell(nr, nc) != PommermanItem.Rigid)
                {
                    seen[nr, nc] = true;
                    stack.Push((nr, nc));
                }
            }
        }

        int unreachable = 0;
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                unreachable += state.Cell(r, c) == PommermanItem.Passage && !seen[r, c] ? 1 : 0;
            }
        }

        return unreachable;
    }
}
