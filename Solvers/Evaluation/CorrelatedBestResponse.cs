using GameRL.Games.Tree;

namespace GameRL.Solvers.Evaluation;

/// <summary>
/// Best responses against a correlation device on a compiled tree, in sequence form. A player who deviates without
/// seeing the recommendation (OpenSpiel's <c>cce_dist</c>: chance draws a joint policy k with probability μ_k and the
/// deviator's infosets are unchanged) faces the μ-weighted mixture of the opponents' profiles, so the value of each of
/// its sequences is a scatter over terminals of
/// <code>  c(z)·u_p(z)·W(z),   W(z) = Σ_k μ_k Π_{q≠p} x_q^k(σ_q(z)),</code>
/// followed by the usual bottom-up maximum over the player's infosets. For a CE target (OpenSpiel's <c>ce_dist</c>
/// game, where the deviator is told its own recommended policy) the same response is computed per signal, against the
/// entries that recommend that policy. Ties go to the lowest action id; with a non-negative action-value tolerance
/// the response is uniform over every action within the tolerance of the best (OpenSpiel's max-entropy response).
/// Reuses its buffers: one instance per thread.
/// </summary>
public sealed class CorrelatedBestResponse
{
    private readonly GameTree _t;
    private readonly double[] _v;
    private readonly double[] _x;

    /// <summary>Allocates the buffers for one tree.</summary>
    public CorrelatedBestResponse(GameTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        _t = tree;
        _v = new double[tree.NumSequences];
        _x = new double[tree.NumSequences];
    }

    /// <summary>The tree.</summary>
    public GameTree Tree => _t;

    /// <summary>
    /// Adds <paramref name="weight"/>·Π_{q≠player} x_q(σ_q(z)) of a joint policy (per-slot probabilities) to
    /// <paramref name="opponentReach"/>[z] for every terminal z.
    /// </summary>
    public void AddOpponentReach(int player, ReadOnlySpan<double> jointPolicy, double weight, Span<double> opponentReach)
    {
        if (opponentReach.Length != _t.TerminalNodes)
        {
            throw new ArgumentException($"expected {_t.TerminalNodes} terminal weights", nameof(opponentReach));
        }

        PolicyEvaluator.Realization(_t, jointPolicy, _x);
        var seqs = _t.TerminalSequence;
        for (int z = 0; z < opponentReach.Length; z++)
        {
            double r = weight;
            for (int q = 0; q < _t.NumPlayers; q++)
            {
                if (q != player)
                {
                    r *= _x[seqs[q][z]];
                }
            }

            opponentReach[z] += r;
        }
    }

    /// <summary>
    /// The best response of <paramref name="player"/> to opponents who reach terminal z with weight
    /// <paramref name="opponentReach"/>[z] (chance excluded). Writes the response's probabilities into the player's slots
    /// of <paramref name="policy"/> (length <see cref="GameTree.NumSlots"/>; other slots are left alone) and returns its
    /// value Σ_z c(z)·u_p(z)·W(z)·x_BR(σ_p(z)).
    /// </summary>
    public double Respond(int player, ReadOnlySpan<double> opponentReach, Span<double> policy, double actionValueTolerance = -1)
    {
        if (opponentReach.Length != _t.TerminalNodes || policy.Length != _t.NumSlots)
        {
            throw new ArgumentException("opponent reach or policy buffer has the wrong length");
        }

        Array.Clear(_v);
        var seq = _t.TerminalSequence[player];
        var wu = _t.TerminalWeightedUtility[player];
        for (int z = 0; z < seq.Length; z++)
        {
            _v[seq[z]] += wu[z] * opponentReach[z];
        }

        return MaxUp(player, policy, actionValueTolerance);
    }

    /// <summary>The correlated-equilibrium distance of a device: CCE (one response per player) or CE (one per signal).</summary>
    public CorrelatedDistanceReport Distance(CorrelationDevice device, bool correlated, double actionValueTolerance = -1)
    {
        ArgumentNullException.ThrowIfNull(device);
        int n = _t.NumPlayers;
        var entries = device.Entries;
        var onPolicy = new double[n];
        var evaluator = new PolicyEvaluator(_t);
        var entryValues = entries.Select(e => evaluator.ExpectedValues(e.Policy.Probabilities)).ToArray();
        for (int k = 0; k < entries.Count; k++)
        {
            for (int p = 0; p < n; p++)
            {
                onPolicy[p] += entries[k].Probability * entryValues[k][p];
            }
        }

        var br = new double[n];
        var incentive = new double[n];
        var reach = new double[_t.TerminalNodes];
        var scratch = new double[_t.NumSlots];
        for (int p = 0; p < n; p++)
        {
            foreach (var group in Signals(entries, p, correlated))
            {
                Array.Clear(reach);
                double groupOnPolicy = 0;
                foreach (int k in group)
                {
                    AddOpponentReach(p, entries[k].Policy.Probabilities, entries[k].Probability, reach);
                    groupOnPolicy += entries[k].Probability * entryValues[k][p];
                }

                double value = Respond(p, reach, scratch, actionValueTolerance);
                br[p] += value;
                incentive[p] += Math.Max(0, value - groupOnPolicy);
            }
        }

        return new CorrelatedDistanceReport(onPolicy, br, incentive, incentive.Sum());
    }

    /// <summary>Groups device entries by the deviator's information: all together (CCE) or by its own recommended policy (CE).</summary>
    private List<List<int>> Signals(IReadOnlyList<(double Probability, Policies.TabularPolicy Policy)> entries, int p, bool correlated)
    {
        var groups = new List<List<int>>();
        if (!correlated)
        {
            groups.Add(Enumerable.Range(0, entries.Count).ToList());
            return groups;
        }

        int lo = _t.PlayerSlotStart[p];
        int len = _t.PlayerSlotStart[p + 1] - lo;
        for (int k = 0; k < entries.Count; k++)
        {
            var own = entries[k].Policy.Probabilities.Slice(lo, len);
            List<int>? match = null;
            foreach (var g in groups)
            {
                if (entries[g[0]].Policy.Probabilities.Slice(lo, len).SequenceEqual(own))
                {
                    match = g;
                    break;
                }
            }

            if (match is null)
            {
                groups.Add([k]);
            }
            else
            {
                match.Add(k);
            }
        }

        return groups;
    }

    /// <summary>Bottom-up over the player's infosets: choose, write the policy, add the value to the parent sequence.</summary>
    private double MaxUp(int p, Span<double> policy, double tolerance)
    {
        int n = _t.NumPlayers;
        var parent = _t.InfosetParentSequence;
        var firstSlot = _t.InfosetFirstSlot;
        var numActions = _t.InfosetNumActions;
        var v = _v;
        for (int i = _t.PlayerInfosetStart[p + 1] - 1; i >= _t.PlayerInfosetStart[p]; i--)
        {
            int first = firstSlot[i];
            int end = first + numActions[i];
            int best = first;
            for (int s = first + 1; s < end; s++)
            {
                if (v[n + s] > v[n + best])
                {
                    best = s;
                }
            }

            double bestValue = v[n + best];
            if (tolerance < 0)
            {
                for (int s = first; s < end; s++)
                {
                    policy[s] = s == best ? 1 : 0;
                }

                v[parent[i]] += bestValue;
                continue;
            }

            int count = 0;
            double sum = 0;
            for (int s = first; s < end; s++)
            {
                if (v[n + s] >= bestValue - tolerance)
                {
                    count++;
                    sum += v[n + s];
                }
            }

            for (int s = first; s < end; s++)
            {
                policy[s] = v[n + s] >= bestValue - tolerance ? 1.0 / count : 0;
            }

            v[parent[i]] += sum / count;
        }

        return v[p];
    }
}
