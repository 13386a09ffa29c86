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

    /// <summary>
    /// Writes player p's gains g(σ) into <paramref name="values"/> (indexed by global sequence) and, if
    /// <paramref name="reach"/> is not empty, the counterfactual reach Σ c(z)·Π_{q≠p} x_q into it.
    /// Rows [rowLo, rowHi) only, so callers can split the work.
    /// </summary>
    public void Gains(int player, ReadOnlySpan<double> x, Span<double> values, Span<double> reach, int rowLo, int rowHi)
    {
        int n = Tree.NumPlayers;
        var start = RowStart[player];
        var gain = Gain[player];
        bool withReach = !reach.IsEmpty;
        int seqBase = n + Tree.PlayerSlotStart[player] - 1;
        if (n == 2)
        {
            var col = Column[player];
            var chance = ChanceReach[player];
            for (int r = rowLo; r < rowHi; r++)
            {
                double v = 0;
                double c = 0;
                int end = start[r + 1];
                for (int k = start[r]; k < end; k++)
                {
                    double xo = x[col[k]];
                    v += gain[k] * xo;
                    if (withReach)
                    {
                        c += chance[k] * xo;
                    }
                }

                int s = r == 0 ? player : seqBase + r;
                values[s] = v;
                if (withReach)
                {
                    reach[s] = c;
                }
            }

            return;
        }

        var terminal = Terminal[player];
        var seqs = Tree.TerminalSequence;
        var chanceN = ChanceReach[player];
        for (int r = rowLo; r < rowHi; r++)
        {
            double v = 0;
            double c = 0;
            for (int k = start[r]; k < start[r + 1]; k++)
            {
                int t = terminal[k];
                double others = 1;
                for (int q = 0; q < n; q++)
                {
                    if (q != player)
                    {
                        others *= x[seqs[q][t]];
                    }
                }

                v += gain[k] * others;
                c += chanceN[k] * others;
            }

            int s = r == 0 ? player : seqBase + r;
            values[s] = v;
            if (withReach)
            {
                reach[s] = c;
            }
        }
    }
}
