using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Policies;

namespace GameRL.Solvers.Evaluation;

/// <summary>
/// Exact expected values, best responses and NashConv of a behavioural profile on a compiled tree, for any number
/// of players, in sequence form:
/// <list type="number">
/// <item>top-down over infosets, each player's realization plan x_p(σ) = Π π along σ;</item>
/// <item>one pass over terminals, scattering c(z)·u_p(z)·Π_{q≠p} x_q(σ_q(z)) into player p's last sequence σ_p(z);</item>
/// <item>bottom-up over p's infosets, max over actions (ties to the lowest action id), added to the parent sequence.</item>
/// </list>
/// The best-response value of p is then the value of p's empty sequence. Costs O(terminals·N + slots); internal nodes
/// are never visited. Reuses its buffers: allocate one per thread and call it repeatedly.
/// </summary>
public sealed class PolicyEvaluator
{
    private readonly GameTree _t;
    private readonly double[] _x;
    private readonly double[] _v;
    private readonly double[] _prefix;

    /// <summary>Allocates the buffers for one tree.</summary>
    public PolicyEvaluator(GameTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        _t = tree;
        _x = new double[tree.NumSequences];
        _v = new double[tree.NumSequences];
        _prefix = new double[tree.NumPlayers + 1];
    }

    /// <summary>The tree evaluated.</summary>
    public GameTree Tree => _t;

    /// <summary>Evaluates a policy.</summary>
    public ExploitabilityReport Evaluate(TabularPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Evaluate(policy.Probabilities);
    }

    /// <summary>Evaluates per-slot probabilities (not validated: callers pass normalised rows).</summary>
    public ExploitabilityReport Evaluate(ReadOnlySpan<double> policy)
    {
        int n = _t.NumPlayers;
        var onPolicy = new double[n];
        var br = new double[n];
        Realization(_t, policy, _x);
        Array.Clear(_v);
        if (n == 2)
        {
            ScatterTwoPlayer(onPolicy);
        }
        else
        {
            ScatterGeneral(onPolicy);
        }

        for (int p = 0; p < n; p++)
        {
            br[p] = MaxUp(p, default);
        }

        double nashConv = 0;
        for (int p = 0; p < n; p++)
        {
            nashConv += br[p] - onPolicy[p];
        }

        return new ExploitabilityReport(onPolicy, br, nashConv, ExploitabilityFrom(_t.Game, nashConv));
    }

    /// <summary>
    /// Player <paramref name="player"/>'s best-response value against <paramref name="policy"/>; if
    /// <paramref name="bestSlot"/> is not empty it receives, for each of the player's infosets (local index), the chosen slot.
    /// </summary>
    public double BestResponse(ReadOnlySpan<double> policy, int player, Span<int> bestSlot)
    {
        Realization(_t, policy, _x);
        Array.Clear(_v);
        var onPolicy = new double[_t.NumPlayers];
        if (_t.NumPlayers == 2)
        {
            ScatterTwoPlayer(onPolicy);
        }
        else
        {
            ScatterGeneral(onPolicy);
        }

        return MaxUp(player, bestSlot);
    }

    /// <summary>Expected returns of every player under the profile.</summary>
    public double[] ExpectedValues(ReadOnlySpan<double> policy)
    {
        Realization(_t, policy, _x);
        int n = _t.NumPlayers;
        var values = new double[n];
        var seqs = _t.TerminalSequence;
        for (int z = 0; z < _t.TerminalNodes; z++)
        {
            double reach = 1;
            for (int q = 0; q < n; q++)
            {
                reach *= _x[seqs[q][z]];
            }

            for (int p = 0; p < n; p++)
            {
                values[p] += _t.TerminalWeightedUtility[p][z] * reach;
            }
        }

        return values;
    }

    /// <summary>Exploitability from NashConv, or null where the game is not zero- or constant-sum.</summary>
    public static double? ExploitabilityFrom(IGame game, double nashConv)
    {
        ArgumentNullException.ThrowIfNull(game);
        return game.Utility is UtilityKind.ZeroSum or UtilityKind.ConstantSum ? nashConv / game.NumPlayers : null;
    }

    /// <summary>
    /// Writes the realization plan of every player: x[p] = 1 for empty sequences, x[N + slot] = x[parent] · π(slot).
    /// </summary>
    public static void Realization(GameTree tree, ReadOnlySpan<double> policy, Span<double> x)
    {
        ArgumentNullException.ThrowIfNull(tree);
        int n = tree.NumPlayers;
        if (policy.Length != tree.NumSlots || x.Length != tree.NumSequences)
        {
            throw new ArgumentException("policy or realization buffer has the wrong length");
        }

        for (int p = 0; p < n; p++)
        {
            x[p] = 1;
        }

        var parent = tree.InfosetParentSequence;
        var firstSlot = tree.InfosetFirstSlot;
        var numActions = tree.InfosetNumActions;
        for (int i = 0; i < parent.Length; i++)
        {
            double reach = x[parent[i]];
            int first = firstSlot[i];
            int end = first + numActions[i];
            for (int s = first; s < end; s++)
            {
                x[n + s] = reach * policy[s];
            }
        }
    }

    private void ScatterTwoPlayer(double[] onPolicy)
    {
        var s0 = _t.TerminalSequence[0];
        var s1 = _t.TerminalSequence[1];
        var w0 = _t.TerminalWeightedUtility[0];
        var w1 = _t.TerminalWeightedUtility[1];
        var x = _x;
        var v = _v;
        double on0 = 0, on1 = 0;
        for (int z = 0; z < s0.Length; z++)
        {
            int a = s0[z];
            int b = s1[z];
            double x0 = x[a];
            double x1 = x[b];
            double u0 = w0[z] * x1;
            double u1 = w1[z] * x0;
            v[a] += u0;
            v[b] += u1;
            on0 += u0 * x0;
            on1 += u1 * x1;
        }

        onPolicy[0] = on0;
        onPolicy[1] = on1;
    }

    private void ScatterGeneral(double[] onPolicy)
    {
        int n = _t.NumPlayers;
        var seqs = _t.TerminalSequence;
        var prefix = _prefix;
        for (int z = 0; z < _t.TerminalNodes; z++)
        {
            prefix[0] = 1;
            for (int q = 0; q < n; q++)
            {
                prefix[q + 1] = prefix[q] * _x[seqs[q][z]];
            }

            double suffix = 1;
            for (int p = n - 1; p >= 0; p--)
            {
                double others = prefix[p] * suffix;
                double w = _t.TerminalWeightedUtility[p][z] * others;
                int s = seqs[p][z];
                _v[s] += w;
                onPolicy[p] += w * _x[s];
                suffix *= _x[s];
            }
        }
    }

    /// <summary>Bottom-up max over player p's infosets; returns the value of p's empty sequence.</summary>
    private double MaxUp(int p, Span<int> bestSlot)
    {
        int n = _t.NumPlayers;
        int lo = _t.PlayerInfosetStart[p];
        int hi = _t.PlayerInfosetStart[p + 1];
        var parent = _t.InfosetParentSequence;
        var firstSlot = _t.InfosetFirstSlot;
        var numActions = _t.InfosetNumActions;
        var v = _v;
        bool record = !bestSlot.IsEmpty;
        for (int i = hi - 1; i >= lo; i--)
        {
            int first = firstSlot[i];
            int end = first + numActions[i];
            int best = first;
            double bestValue = v[n + first];
            for (int s = first + 1; s < end; s++)
            {
                if (v[n + s] > bestValue)
                {
                    bestValue = v[n + s];
                    best = s;
                }
            }

            v[parent[i]] += bestValue;
            if (record)
            {
                bestSlot[i - lo] = best;
            }
        }

        return v[p];
    }
}
