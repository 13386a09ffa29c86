using GameRL.Games.Tree;
using GameRL.Solvers.Policies;
using GameRL.Solvers.Tabular;
using GameRL.Solvers.Tabular.Passes;
using GameRL.Solvers.Tabular.Rules;
using ILGPU;
using ILGPU.Runtime;

namespace GameRL.Kernels;

/// <summary>
/// The ILGPU driver of a local rule: the same iteration as the CPU driver, one kernel launch per infoset level
/// (top-down for realization plans, deepest first for the rule's update) and one launch per player for the terminal
/// gains. Kernels are loaded once; the host reads the device back only for policies and checkpoints.
/// </summary>
/// <typeparam name="TRule">The update rule.</typeparam>
internal sealed class DeviceSolver<TRule> : LocalRuleSolver, IDisposable
    where TRule : struct, IUpdateRule
{
    private readonly DeviceTree _tree;
    private readonly SolverViews<DeviceDoubles, DeviceInts> _v;
    private readonly ArrayView<double> _policy;
    private readonly ArrayView<double> _regret;
    private readonly ArrayView<double> _average;
    private readonly ArrayView<double> _logMagnet;
    private readonly ArrayView<double> _squares;
    private readonly double[] _hostPolicy;
    private readonly double[] _hostRegret;
    private readonly double[] _hostAverage;
    private readonly double[] _hostLogMagnet;
    private readonly double[] _hostSquares;
    private readonly Action<Index1D, ArrayView<int>, int, SolverViews<DeviceDoubles, DeviceInts>> _realize;
    private readonly Action<Index1D, int, int, DeviceInts, DeviceInts, DeviceDoubles, DeviceDoubles, SolverViews<DeviceDoubles, DeviceInts>> _gainsTwo;
    private readonly Action<Index1D, int, int, int, DeviceInts, DeviceInts, DeviceInts, DeviceDoubles, DeviceDoubles, SolverViews<DeviceDoubles, DeviceInts>> _gainsMany;
    private readonly Action<Index1D, ArrayView<int>, int, RuleStep, SolverViews<DeviceDoubles, DeviceInts>> _update;
    private readonly Action<Index1D, double, SolverViews<DeviceDoubles, DeviceInts>> _magnet;

    public DeviceSolver(Accelerator accelerator, GameTree tree, SolverOptions options, LocalRuleSpec spec)
        : base(tree, options, spec)
    {
        _tree = new DeviceTree(accelerator, new TreeLayout(tree));
        _hostPolicy = TabularPolicy.Uniform(tree).ToArray();
        _hostRegret = new double[tree.NumSlots];
        _hostAverage = new double[tree.NumSlots];
        _hostLogMagnet = spec.NeedsReach ? _hostPolicy.Select(p => Math.Log(p)).ToArray() : [];
        _hostSquares = TRule.NeedsRegretScale ? new double[tree.NumInfosets] : [];
        var x = new double[tree.NumSequences];
        for (int p = 0; p < tree.NumPlayers; p++)
        {
            x[p] = 1;
        }

        _policy = _tree.Doubles(_hostPolicy);
        _regret = _tree.Doubles(_hostRegret);
        _average = _tree.Doubles(_hostAverage);
        _logMagnet = _tree.Doubles(_hostLogMagnet);
        _squares = _tree.Doubles(_hostSquares);
        _v = new SolverViews<DeviceDoubles, DeviceInts>
        {
            NumPlayers = tree.NumPlayers,
            FirstSlot = new(_tree.FirstSlot),
            NumActions = new(_tree.NumActions),
            ParentSequence = new(_tree.ParentSequence),
            SlotChildStart = new(_tree.SlotChildStart),
            SlotChildren = new(_tree.SlotChildren),
            Policy = new(_policy),
            Regret = new(_regret),
            Average = new(_average),
            Realization = new(_tree.Doubles(x)),
            Values = new(_tree.NewDoubles(tree.NumSequences)),
            InfosetValue = new(_tree.NewDoubles(tree.NumInfosets)),
            Reach = new(_tree.NewDoubles(spec.NeedsReach ? tree.NumSequences : 0)),
            InfosetReach = new(_tree.NewDoubles(spec.NeedsReach ? tree.NumInfosets : 0)),
            Squares = new(_squares),
            LogMagnet = new(_logMagnet),
            UsesReach = spec.NeedsReach ? 1 : 0,
            ProbabilityFloor = spec.ProbabilityFloor,
        };
        _realize = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<int>, int, SolverViews<DeviceDoubles, DeviceInts>>(SolverKernels.Realize);
        _gainsTwo = accelerator.LoadAutoGroupedStreamKernel<Index1D, int, int, DeviceInts, DeviceInts, DeviceDoubles, DeviceDoubles, SolverViews<DeviceDoubles, DeviceInts>>(SolverKernels.GainsTwoPlayer);
        _gainsMany = accelerator.LoadAutoGroupedStreamKernel<Index1D, int, int, int, DeviceInts, DeviceInts, DeviceInts, DeviceDoubles, DeviceDoubles, SolverViews<DeviceDoubles, DeviceInts>>(SolverKernels.GainsManyPlayers);
        _update = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<int>, int, RuleStep, SolverViews<DeviceDoubles, DeviceInts>>(SolverKernels.Update<TRule>);
        _magnet = accelerator.LoadAutoGroupedStreamKernel<Index1D, double, SolverViews<DeviceDoubles, DeviceInts>>(SolverKernels.MoveMagnet);
    }

    /// <summary>Device bytes of the tree and the solver state.</summary>
    public long DeviceBytes => _tree.Bytes;

    protected override void MoveMagnet(double magnetEta) => _magnet(Tree.NumInfosets, magnetEta, _v);

    /// <summary>Waits for the queued kernels (for timing).</summary>
    public void Synchronize() => _tree.Accelerator.Synchronize();

    public override TabularPolicy CurrentPolicy()
    {
        Download();
        return new TabularPolicy(Tree, (double[])_hostPolicy.Clone());
    }

    public override TabularPolicy AveragePolicy()
    {
        Download();
        return TabularPolicy.FromUnnormalised(Tree, _hostAverage);
    }

    public void Dispose() => _tree.Dispose();

    protected override IEnumerable<(string Name, double[] Values)> StateArrays()
    {
        yield return ("policy", _hostPolicy);
        yield return ("regret", _hostRegret);
        yield return ("average", _hostAverage);
        if (Spec.NeedsReach)
        {
            yield return ("log_magnet", _hostLogMagnet);
        }

        if (TRule.NeedsRegretScale)
        {
            yield return ("regret_squares", _hostSquares);
        }
    }

    protected override void BeforeSave() => Download();

    protected override void AfterLoad()
    {
        Upload(_policy, _hostPolicy);
        Upload(_regret, _hostRegret);
        Upload(_average, _hostAverage);
        Upload(_logMagnet, _hostLogMagnet);
        Upload(_squares, _hostSquares);
    }

    private static void Upload(ArrayView<double> view, double[] host)
    {
        if (host.Length > 0)
        {
            view.SubView(0, host.Length).CopyFromCPU(host);
        }
    }

    private static void Fetch(ArrayView<double> view, double[] host)
    {
        if (host.Length > 0)
        {
            view.SubView(0, host.Length).CopyToCPU(host);
        }
    }

    private void Download()
    {
        _tree.Accelerator.Synchronize();
        Fetch(_policy, _hostPolicy);
        Fetch(_regret, _hostRegret);
        Fetch(_average, _hostAverage);
        Fetch(_logMagnet, _hostLogMagnet);
        Fetch(_squares, _hostSquares);
    }

    protected override void Realize()
    {
        var starts = _tree.Layout.LevelStart;
        for (int d = 0; d + 1 < starts.Length; d++)
        {
            int count = starts[d + 1] - starts[d];
            if (count > 0)
            {
                _realize(count, _tree.LevelInfosets, starts[d], _v);
            }
        }
    }

    protected override void Gains(int p)
    {
        int rows = _tree.Layout.Matrix.RowStart[p].Length - 1;
        int sequenceBase = Tree.NumPlayers + Tree.PlayerSlotStart[p] - 1;
        if (Tree.NumPlayers == 2)
        {
            _gainsTwo(rows, p, sequenceBase, new(_tree.RowStart[p]), new(_tree.Column[p]), new(_tree.Gain[p]), new(_tree.Chance[p]), _v);
        }
        else
        {
            _gainsMany(rows, p, sequenceBase, Tree.TerminalNodes, new(_tree.RowStart[p]), new(_tree.Terminal[p]), new(_tree.TerminalSequence), new(_tree.Gain[p]), new(_tree.Chance[p]), _v);
        }
    }

    protected override void BottomUp(int p, RuleStep step)
    {
        var starts = _tree.Layout.PlayerLevelStart[p];
        for (int d = starts.Length - 2; d >= 0; d--)
        {
            int count = starts[d + 1] - starts[d];
            if (count > 0)
            {
                _update(count, _tree.PlayerLevelInfosets[p], starts[d], step, _v);
            }
        }
    }
}
