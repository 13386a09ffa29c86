using GameRL.Games.Tree;

namespace GameRL.Solvers.Tabular;

/// <summary>
/// The terminals of a compiled tree regrouped per player as a sparse matrix over that player's sequences:
/// row σ lists the terminals whose last own sequence is σ. One row times the other players' realization plans is the
/// sequence-form gain g(σ) = Σ_{z: σ(z)=σ} c(z)·u(z)·Π_{q≠i} x_q(σ_q(z)) — a gather with no scatter, so rows can be
/// split across threads (or GPU threads) without atomics and the sums keep a fixed order.
/// </summary>
public sealed class SequenceFormMatrix
{
    /// <summary>Builds the per-player matrices of a tree.</summary>
    public SequenceFormMatrix(GameTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        Tree = tree;
        int n = tree.NumPlayers;
        int z = tree.TerminalNodes;
        RowStart = new int[n][];
        Terminal = new int[n][];
        Column = new int[n][];
        Gain = new double[n][];
        ChanceReach = new double[n][];
        for (int p = 0; p < n; p++)
        {
            // Rows are player p's sequences in local order: 0 = empty, 1 + (slot − first slot of p).
            int rows = 1 + tree.PlayerSlotStart[p + 1] - tree.PlayerSlotStart[p];
            var start = new int[rows + 1];
            var seq = tree.TerminalSequence[p];
            foreach (int s in seq)
            {
                start[LocalRow(p, s) + 1]++;
            }

            for (int r = 0; r < rows; r++)
            {
                start[r + 1] += start[r];
            }

            var next = (int[])start.Clone();
            var terminal = new int[z];
            for (int t = 0; t < z; t++)
            {
                terminal[next[LocalRow(p, seq[t])]++] = t;
            }

            RowStart[p] = start;
            Terminal[p] = terminal;
            Gain[p] = terminal.Select(t => tree.TerminalWeightedUtility[p][t]).ToArray();
            ChanceReach[p] = terminal.Select(t => tree.TerminalChanceReach[t]).ToArray();
            Column[p] = n == 2 ? terminal.Select(t => tree.TerminalSequence[1 - p][t]).ToArray() : [];
        }
    }

    /// <summary>The tree the matrices come from.</summary>
    public GameTree Tree { get; }

    /// <summary>RowStart[p][r]..RowStart[p][r+1] are the entries of player p's local row r.</summary>
    public int[][] RowStart { get; }

    /// <summary>Terminal index of each entry.</summary>
    public int[][] Terminal { get; }

    /// <summary>Two-player games only: the opponent's sequence of each entry.</summary>
    public int[][] Column { get; }

    /// <summary>c(z)·u_p(z) of each entry.</summary>
    public double[][] Gain { get; }

    /// <summary>c(z) of each entry.</summary>
    public double[][] ChanceReach { get; }

    /// <summary>Local row of a global sequence index of player p.</summary>
    public int LocalRow(int player, int sequence) =>
        sequence < Tree.NumPlayers ? 0 : sequence - Tree.NumPlayers - Tree.PlayerSlotStart[player] + 1;

    /// <summary>Global sequence index of player p's local row r.</summary>
    public int SequenceOfRow(int player, int row) =>
        row == 0 ? player : Tree.NumPlayers + Tree.PlayerSlotStart[player] + row - 1;
}
