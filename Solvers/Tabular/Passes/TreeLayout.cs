using GameRL.Games.Tree;

namespace GameRL.Solvers.Tabular.Passes;

/// <summary>
/// The index arrays the solver passes need, derived once from a <see cref="GameTree"/>:
/// <list type="bullet">
/// <item>per slot, the child infosets of its sequence (CSR: <see cref="SlotChildStart"/>, <see cref="SlotChildren"/>),
/// so that counterfactual values are gathered, not scattered: no atomics on a GPU and a fixed summation order;</item>
/// <item>per player, the terminals grouped by the player's last sequence (<see cref="SequenceFormMatrix"/>), flattened;</item>
/// <item>infoset levels: level d holds the infosets with d own ancestors, all players together, for top-down passes,
/// and per player for bottom-up passes (deepest first).</item>
/// </list>
/// </summary>
public sealed class TreeLayout
{
    /// <summary>Derives the layout of a tree.</summary>
    public TreeLayout(GameTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        Tree = tree;
        Matrix = new SequenceFormMatrix(tree);
        int n = tree.NumPlayers;
        SlotChildStart = new int[tree.NumSlots + 1];
        foreach (int parent in tree.InfosetParentSequence)
        {
            if (parent >= n)
            {
                SlotChildStart[parent - n + 1]++;
            }
        }

        for (int s = 0; s < tree.NumSlots; s++)
        {
            SlotChildStart[s + 1] += SlotChildStart[s];
        }

        SlotChildren = new int[SlotChildStart[^1]];
        var next = (int[])SlotChildStart.Clone();
        for (int i = 0; i < tree.NumInfosets; i++)
        {
            int parent = tree.InfosetParentSequence[i];
            if (parent >= n)
            {
                SlotChildren[next[parent - n]++] = i;
            }
        }

        InfosetDepth = new int[tree.NumInfosets];
        for (int i = 0; i < tree.NumInfosets; i++)
        {
            int parent = tree.InfosetParentSequence[i];
            InfosetDepth[i] = parent < n ? 0 : InfosetDepth[tree.SlotInfoset[parent - n]] + 1;
        }

        (LevelInfosets, LevelStart) = Group(Enumerable.Range(0, tree.NumInfosets), i => InfosetDepth[i]);
        PlayerLevelInfosets = new int[n][];
        PlayerLevelStart = new int[n][];
        for (int p = 0; p < n; p++)
        {
            (PlayerLevelInfosets[p], PlayerLevelStart[p]) = Group(
                Enumerable.Range(tree.PlayerInfosetStart[p], tree.NumInfosetsOf(p)), i => InfosetDepth[i]);
        }

        MaxActions = tree.InfosetNumActions.DefaultIfEmpty(1).Max();
    }

    /// <summary>The tree.</summary>
    public GameTree Tree { get; }

    /// <summary>Terminals grouped per player by last sequence.</summary>
    public SequenceFormMatrix Matrix { get; }

    /// <summary>SlotChildStart[s]..SlotChildStart[s+1] index <see cref="SlotChildren"/>.</summary>
    public int[] SlotChildStart { get; }

    /// <summary>Child infosets of each slot's sequence, in infoset order.</summary>
    public int[] SlotChildren { get; }

    /// <summary>Number of own ancestors of each infoset.</summary>
    public int[] InfosetDepth { get; }

    /// <summary>All infosets sorted by depth (ties in infoset order).</summary>
    public int[] LevelInfosets { get; }

    /// <summary>Depth d is LevelInfosets[LevelStart[d]..LevelStart[d+1]].</summary>
    public int[] LevelStart { get; }

    /// <summary>Per player, its infosets sorted by depth.</summary>
    public int[][] PlayerLevelInfosets { get; }

    /// <summary>Per player, the start of each depth in <see cref="PlayerLevelInfosets"/>.</summary>
    public int[][] PlayerLevelStart { get; }

    /// <summary>Largest number of actions at an infoset.</summary>
    public int MaxActions { get; }

    /// <summary>
    /// A model of the memory traffic of one iteration of a local rule, in bytes, for bandwidth figures: each realization
    /// pass reads 3 ints and a parent value per infoset and reads a policy and writes a plan value per slot; each gains
    /// pass reads an int and two doubles per terminal entry and writes one double per row; each update reads and writes
    /// the value, policy, regret and average of each slot (64 B) plus 4 ints and 2 doubles per infoset and a double per
    /// child. Caches are ignored, so this is the traffic of a GPU that streams everything once.
    /// </summary>
    public long ModelledBytesPerIteration(UpdateMode updates)
    {
        var t = Tree;
        long realize = (20L * t.NumInfosets) + (16L * t.NumSlots);
        long total = updates == UpdateMode.Alternating ? realize * t.NumPlayers : realize;
        for (int p = 0; p < t.NumPlayers; p++)
        {
            long entries = Matrix.Terminal[p].Length;
            long rows = Matrix.RowStart[p].Length - 1;
            long infosets = t.NumInfosetsOf(p);
            long slots = t.PlayerSlotStart[p + 1] - t.PlayerSlotStart[p];
            total += (20 * entries) + (12 * rows);
            total += (32 * infosets) + (68 * slots) + (12L * SlotChildren.Length * infosets / Math.Max(1, t.NumInfosets));
        }

        return total;
    }

    private static (int[] Items, int[] Start) Group(IEnumerable<int> items, Func<int, int> key)
    {
        var list = items.ToList();
        int levels = list.Count == 0 ? 0 : list.Max(key) + 1;
        var start = new int[levels + 1];
        foreach (int i in list)
        {
            start[key(i) + 1]++;
        }

        for (int d = 0; d < levels; d++)
        {
            start[d + 1] += start[d];
        }

        var next = (int[])start.Clone();
        var sorted = new int[list.Count];
        foreach (int i in list)
        {
            sorted[next[key(i)]++] = i;
        }

        return (sorted, start);
    }
}
