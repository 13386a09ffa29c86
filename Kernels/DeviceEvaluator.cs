using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Tabular.Passes;
using ILGPU;
using ILGPU.Runtime;

namespace GameRL.Kernels;

/// <summary>
/// Exact best responses, on-policy values and NashConv on a device, for trees too large for a CPU pass to be quick:
/// realization plans top-down, the terminal gains of each player, then per level (deepest first) the best or the
/// expected action value of each infoset, gathered from its children. Same definitions as <see cref="PolicyEvaluator"/>.
/// </summary>
public sealed class DeviceEvaluator : IDisposable
{
    private readonly DeviceTree _tree;
    private readonly bool _ownsTree;
    private readonly SolverViews<DeviceDoubles, DeviceInts> _v;
    private readonly ArrayView<double> _policy;
    private readonly ArrayView<double> _values;
    private readonly Action<Index1D, ArrayView<int>, int, SolverViews<DeviceDoubles, DeviceInts>> _realize;
    private readonly Action<Index1D, int, int, DeviceInts, DeviceInts, DeviceDoubles, DeviceDoubles, SolverViews<DeviceDoubles, DeviceInts>> _gainsTwo;
    private readonly Action<Index1D, int, int, int, DeviceInts, DeviceInts, DeviceInts, DeviceDoubles, DeviceDoubles, SolverViews<DeviceDoubles, DeviceInts>> _gainsMany;
    private readonly Action<Index1D, ArrayView<int>, int, SolverViews<DeviceDoubles, DeviceInts>> _bestResponse;
    private readonly Action<Index1D, ArrayView<int>, int, SolverViews<DeviceDoubles, DeviceInts>> _expectation;
    private readonly Action<Index1D, int, ArrayView<int>, int, SolverViews<DeviceDoubles, DeviceInts>> _root;

    /// <summary>Uploads the tree and loads the kernels.</summary>
    public DeviceEvaluator(Accelerator accelerator, GameTree tree)
        : this(new DeviceTree(accelerator, new TreeLayout(tree)), ownsTree: true)
    {
    }

    private DeviceEvaluator(DeviceTree tree, bool ownsTree)
    {
        _tree = tree;
        _ownsTree = ownsTree;
        var t = tree.Layout.Tree;
        var x = new double[t.NumSequences];
        for (int p = 0; p < t.NumPlayers; p++)
        {
            x[p] = 1;
        }

        _policy = tree.NewDoubles(t.NumSlots);
        _values = tree.NewDoubles(t.NumSequences);
        _v = new SolverViews<DeviceDoubles, DeviceInts>
        {
            NumPlayers = t.NumPlayers,
            FirstSlot = new(tree.FirstSlot),
            NumActions = new(tree.NumActions),
            ParentSequence = new(tree.ParentSequence),
            SlotChildStart = new(tree.SlotChildStart),
            SlotChildren = new(tree.SlotChildren),
            Policy = new(_policy),
            Realization = new(tree.Doubles(x)),
            Values = new(_values),
            InfosetValue = new(tree.NewDoubles(t.NumInfosets)),
            Reach = new(tree.NewDoubles(0)),
        };
        var acc = tree.Accelerator;
        _realize = acc.LoadAutoGroupedStreamKernel<Index1D, ArrayView<int>, int, SolverViews<DeviceDoubles, DeviceInts>>(SolverKernels.Realize);
        _gainsTwo = acc.LoadAutoGroupedStreamKernel<Index1D, int, int, DeviceInts, DeviceInts, DeviceDoubles, DeviceDoubles, SolverViews<DeviceDoubles, DeviceInts>>(SolverKernels.GainsTwoPlayer);
        _gainsMany = acc.LoadAutoGroupedStreamKernel<Index1D, int, int, int, DeviceInts, DeviceInts, DeviceInts, DeviceDoubles, DeviceDoubles, SolverViews<DeviceDoubles, DeviceInts>>(SolverKernels.GainsManyPlayers);
        _bestResponse = acc.LoadAutoGroupedStreamKernel<Index1D, ArrayView<int>, int, SolverViews<DeviceDoubles, DeviceInts>>(SolverKernels.BestResponse);
        _expectation = acc.LoadAutoGroupedStreamKernel<Index1D, ArrayView<int>, int, SolverViews<DeviceDoubles, DeviceInts>>(SolverKernels.Expectation);
        _root = acc.LoadAutoGroupedStreamKernel<Index1D, int, ArrayView<int>, int, SolverViews<DeviceDoubles, DeviceInts>>(SolverKernels.RootValue);
    }

    /// <summary>Evaluates a profile given as per-slot probabilities.</summary>
    public ExploitabilityReport Evaluate(double[] policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var t = _tree.Layout.Tree;
        _policy.SubView(0, policy.Length).CopyFromCPU(policy);
        var starts = _tree.Layout.LevelStart;
        for (int d = 0; d + 1 < starts.Length; d++)
        {
            if (starts[d + 1] > starts[d])
            {
                _realize(starts[d + 1] - starts[d], _tree.LevelInfosets, starts[d], _v);
            }
        }

        int n = t.NumPlayers;
        var br = new double[n];
        var onPolicy = new double[n];
        var one = new double[1];
        for (int p = 0; p < n; p++)
        {
            br[p] = PlayerValue(p, _bestResponse, one);
            onPolicy[p] = PlayerValue(p, _expectation, one);
        }

        double nashConv = 0;
        for (int p = 0; p < n; p++)
        {
            nashConv += br[p] - onPolicy[p];
        }

        return new ExploitabilityReport(onPolicy, br, nashConv, PolicyEvaluator.ExploitabilityFrom(t.Game, nashConv));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsTree)
        {
            _tree.Dispose();
        }
    }

    private double PlayerValue(int p, Action<Index1D, ArrayView<int>, int, SolverViews<DeviceDoubles, DeviceInts>> step, double[] one)
    {
        var t = _tree.Layout.Tree;
        int rows = _tree.Layout.Matrix.RowStart[p].Length - 1;
        int sequenceBase = t.NumPlayers + t.PlayerSlotStart[p] - 1;
        if (t.NumPlayers == 2)
        {
            _gainsTwo(rows, p, sequenceBase, new(_tree.RowStart[p]), new(_tree.Column[p]), new(_tree.Gain[p]), new(_tree.Chance[p]), _v);
        }
        else
        {
            _gainsMany(rows, p, sequenceBase, t.TerminalNodes, new(_tree.RowStart[p]), new(_tree.Terminal[p]), new(_tree.TerminalSequence), new(_tree.Gain[p]), new(_tree.Chance[p]), _v);
        }

        var starts = _tree.Layout.PlayerLevelStart[p];
        for (int d = starts.Length - 2; d >= 0; d--)
        {
            if (starts[d + 1] > starts[d])
            {
                step(starts[d + 1] - starts[d], _tree.PlayerLevelInfosets[p], starts[d], _v);
            }
        }

        int roots = starts.Length > 1 ? starts[1] : 0;
        _root(1, p, _tree.PlayerLevelInfosets[p], roots, _v);
        _tree.Accelerator.Synchronize();
        _values.SubView(p, 1).CopyToCPU(one);
        return one[0];
    }
}
