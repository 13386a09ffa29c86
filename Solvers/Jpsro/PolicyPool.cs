using GameRL.Games.NormalForm;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;

namespace GameRL.Solvers.Jpsro;

/// <summary>
/// JPSRO's populations and their exact meta-game. Each player's policies are kept as that player's slot
/// probabilities, with repeat counts and, per terminal z, the policy's own reach x_p(σ_p(z)); the value of a joint
/// profile is then Σ_z c(z)·u_p(z)·Π_q x_q(σ_q(z)). The meta-game tensor grows as policies are added: old entries are
/// copied and only new joint profiles are evaluated (OpenSpiel's <c>joint_returns</c> cache); values below 1e-12 in
/// magnitude become 0 (<c>RETURN_TOL</c>).
/// </summary>
internal sealed class PolicyPool
{
    private const double ReturnTolerance = 1e-12;
    private readonly GameTree _t;
    private readonly List<double[]>[] _policies;
    private readonly List<double[]>[] _reach;
    private readonly List<int>[] _repeats;
    private readonly double[] _realization;

    public PolicyPool(GameTree tree)
    {
        _t = tree;
        int n = tree.NumPlayers;
        _policies = new List<double[]>[n];
        _reach = new List<double[]>[n];
        _repeats = new List<int>[n];
        for (int p = 0; p < n; p++)
        {
            _policies[p] = [];
            _reach[p] = [];
            _repeats[p] = [];
        }

        _realization = new double[tree.NumSequences];
        ProductBuffer = new double[tree.TerminalNodes];
    }

    /// <summary>A scratch buffer of one value per terminal.</summary>
    public double[] ProductBuffer { get; }

    /// <summary>The exact meta-game over the current populations (null until the first <see cref="UpdateTensor"/>).</summary>
    public PayoffTensor? Tensor { get; private set; }

    public int Count(int player) => _policies[player].Count;

    public double[] Policy(int player, int id) => _policies[player][id];

    public double[] Reach(int player, int id) => _reach[player][id];

    public int[][] Repeats => _repeats.Select(r => r.ToArray()).ToArray();

    public int[] Counts => _policies.Select(l => l.Count).ToArray();

    /// <summary>The id of a policy equal (exactly) to <paramref name="slots"/>, or −1.</summary>
    public int Find(int player, double[] slots)
    {
        for (int i = 0; i < _policies[player].Count; i++)
        {
            if (_policies[player][i].AsSpan().SequenceEqual(slots))
            {
                return i;
            }
        }

        return -1;
    }

    public void AddRepeat(int player, int id) => _repeats[player][id]++;

    /// <summary>Adds a policy (the player's slot probabilities) with repeat count 1.</summary>
    public void Add(int player, double[] slots)
    {
        int lo = _t.PlayerSlotStart[player];
        var full = new double[_t.NumSlots];
        for (int i = 0; i < _t.NumInfosets; i++)
        {
            int first = _t.InfosetFirstSlot[i];
            for (int s = first; s < first + _t.InfosetNumActions[i]; s++)
            {
                full[s] = 1.0 / _t.InfosetNumActions[i];
            }
        }

        slots.CopyTo(full.AsSpan(lo));
        PolicyEvaluator.Realization(_t, full, _realization);
        var seq = _t.TerminalSequence[player];
        var reach = new double[_t.TerminalNodes];
        for (int z = 0; z < reach.Length; z++)
        {
            reach[z] = _realization[seq[z]];
        }

        _policies[player].Add(slots);
        _reach[player].Add(reach);
        _repeats[player].Add(1);
    }

    /// <summary>Rebuilds the meta-game tensor for the current populations, evaluating only new joint profiles.</summary>
    public void UpdateTensor()
    {
        int n = _t.NumPlayers;
        var old = Tensor;
        var counts = Counts;
        var shape = new PayoffTensor(counts, new double[n * counts.Aggregate(1, (a, b) => checked(a * b))]);
        int numJoint = shape.NumJoint;
        var values = new double[n * numJoint];
        var ids = new int[n];
        var product = new double[_t.TerminalNodes];
        for (int j = 0; j < numJoint; j++)
        {
            bool known = old is not null;
            for (int p = 0; p < n; p++)
            {
                ids[p] = shape.ActionOf(j, p);
                known &= old is not null && ids[p] < old.NumActions[p];
            }

            if (known && old is not null)
            {
                int oj = old.JointIndex(ids);
                for (int p = 0; p < n; p++)
                {
                    values[(p * numJoint) + j] = old[p, oj];
                }

                continue;
            }

            Array.Fill(product, 1.0);
            for (int q = 0; q < n; q++)
            {
                var r = _reach[q][ids[q]];
                for (int z = 0; z < product.Length; z++)
                {
                    product[z] *= r[z];
                }
            }

            for (int p = 0; p < n; p++)
            {
                var wu = _t.TerminalWeightedUtility[p];
                double v = 0;
                for (int z = 0; z < product.Length; z++)
                {
                    v += wu[z] * product[z];
                }

                values[(p * numJoint) + j] = Math.Abs(v) < ReturnTolerance ? 0 : v;
            }
        }

        Tensor = new PayoffTensor(counts, values);
    }
}
