using GameRL.Games.Tree;
using GameRL.Solvers.Policies;
using GameRL.Solvers.Tabular.Passes;
using GameRL.Solvers.Tabular.Rules;

namespace GameRL.Solvers.Tabular;

/// <summary>
/// The CPU driver of every local rule (CFR family, local FTRL, behavioural MMD). One pass for player i:
/// <list type="number">
/// <item>realization plans of all players, top-down over infosets (<see cref="SequenceFormPasses.Realize"/>);</item>
/// <item>sequence-form gains of player i's sequences, one row of terminals each;</item>
/// <item>bottom-up over i's infosets (<see cref="InfosetUpdate.Run"/>): gather the children's values, v(x) =
/// Σ_a π(a|x)·v(x,a), accumulate the average, apply the rule.</item>
/// </list>
/// The per-infoset and per-row math is the shared code the ILGPU driver runs on a GPU, so both drivers compute the
/// same numbers. The policy at x changes only after v(x) is known, so the pass is exactly CFR's recursion.
/// </summary>
internal sealed class CounterfactualSolver<TRule> : LocalRuleSolver
    where TRule : struct, IUpdateRule
{
    private readonly TreeLayout _layout;
    private readonly SolverViews<HostDoubles, HostInts> _v;
    private readonly double[] _policy;
    private readonly double[] _regret;
    private readonly double[] _average;
    private readonly double[] _logMagnet;
    private readonly double[] _squares;
    private readonly double[] _x;
    private readonly HostInts[] _rowStart;
    private readonly HostInts[] _column;
    private readonly HostInts[] _terminal;
    private readonly HostDoubles[] _gain;
    private readonly HostDoubles[] _chance;
    private readonly HostInts _terminalSequence;

    public CounterfactualSolver(GameTree tree, SolverOptions options, LocalRuleSpec spec)
        : base(tree, options, spec)
    {
        bool needsReach = spec.NeedsReach;
        double probabilityFloor = spec.ProbabilityFloor;
        _layout = new TreeLayout(tree);
        _policy = TabularPolicy.Uniform(tree).ToArray();
        _regret = new double[tree.NumSlots];
        _average = new double[tree.NumSlots];
        _logMagnet = needsReach ? _policy.Select(p => Math.Log(p)).ToArray() : [];
        _squares = TRule.NeedsRegretScale ? new double[tree.NumInfosets] : [];
        _x = new double[tree.NumSequences];
        for (int p = 0; p < tree.NumPlayers; p++)
        {
            _x[p] = 1;
        }

        _v = new SolverViews<HostDoubles, HostInts>
        {
            NumPlayers = tree.NumPlayers,
            FirstSlot = new(tree.InfosetFirstSlot),
            NumActions = new(tree.InfosetNumActions),
            ParentSequence = new(tree.InfosetParentSequence),
            SlotChildStart = new(_layout.SlotChildStart),
            SlotChildren = new(_layout.SlotChildren),
            Policy = new(_policy),
            Regret = new(_regret),
            Average = new(_average),
            Realization = new(_x),
            Values = new(new double[tree.NumSequences]),
            InfosetValue = new(new double[tree.NumInfosets]),
            Reach = new(needsReach ? new double[tree.NumSequences] : []),
            InfosetReach = new(needsReach ? new double[tree.NumInfosets] : []),
            Squares = new(_squares),
            LogMagnet = new(_logMagnet),
            UsesReach = needsReach ? 1 : 0,
            ProbabilityFloor = probabilityFloor,
        };
        var m = _layout.Matrix;
        _rowStart = m.RowStart.Select(a => new HostInts(a)).ToArray();
        _column = m.Column.Select(a => new HostInts(a)).ToArray();
        _terminal = m.Terminal.Select(a => new HostInts(a)).ToArray();
        _gain = m.Gain.Select(a => new HostDoubles(a)).ToArray();
        _chance = m.ChanceReach.Select(a => new HostDoubles(a)).ToArray();
        _terminalSequence = new(tree.TerminalSequence.SelectMany(a => a).ToArray());
    }

    /// <summary>The current cumulative regrets (for tests of invariants such as RM+ regrets ≥ 0).</summary>
    internal ReadOnlySpan<double> Regrets => _regret;

    /// <summary>The per-tree index arrays this driver uses (the GPU driver uploads the same).</summary>
    internal TreeLayout Layout => _layout;

    protected override void MoveMagnet(double magnetEta)
    {
        for (int i = 0; i < Tree.NumInfosets; i++)
        {
            InfosetUpdate.MoveMagnet(i, magnetEta, _v);
        }
    }

    public override TabularPolicy CurrentPolicy() => new(Tree, (double[])_policy.Clone());

    public override TabularPolicy AveragePolicy() => TabularPolicy.FromUnnormalised(Tree, _average);

    protected override IEnumerable<(string Name, double[] Values)> StateArrays()
    {
        yield return ("policy", _policy);
        yield return ("regret", _regret);
        yield return ("average", _average);
        if (_v.UsesReach != 0)
        {
            yield return ("log_magnet", _logMagnet);
        }

        if (TRule.NeedsRegretScale)
        {
            yield return ("regret_squares", _squares);
        }
    }

    protected override void Realize()
    {
        for (int i = 0; i < Tree.NumInfosets; i++)
        {
            SequenceFormPasses.Realize(i, _v);
        }
    }

    protected override void Gains(int p)
    {
        int rows = _layout.Matrix.RowStart[p].Length - 1;
        int threads = Math.Clamp(Options.Threads, 1, Math.Max(1, rows / 256));
        if (threads == 1)
        {
            GainRows(p, 0, rows);
        }
        else
        {
            GainsInParallel(p, rows, threads);
        }
    }

    /// <summary>Splits the rows into <paramref name="threads"/> blocks (kept out of Gains, whose single-thread path must not allocate the closure).</summary>
    private void GainsInParallel(int p, int rows, int threads) =>
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, b =>
            GainRows(p, (int)((long)rows * b / threads), (int)((long)rows * (b + 1) / threads)));

    private void GainRows(int p, int lo, int hi)
    {
        int n = Tree.NumPlayers;
        int seqBase = n + Tree.PlayerSlotStart[p] - 1;
        for (int r = lo; r < hi; r++)
        {
            int sequence = r == 0 ? p : seqBase + r;
            if (n == 2)
            {
                SequenceFormPasses.GainsRowTwoPlayer(r, sequence, _rowStart[p], _column[p], _gain[p], _chance[p], _v.Realization, _v.Values, _v.Reach, _v.UsesReach);
            }
            else
            {
                SequenceFormPasses.GainsRowManyPlayers(r, sequence, p, n, Tree.TerminalNodes, _rowStart[p], _terminal[p], _terminalSequence, _gain[p], _chance[p], _v.Realization, _v.Values, _v.Reach, _v.UsesReach);
            }
        }
    }

    protected override void BottomUp(int p, RuleStep step)
    {
        for (int i = Tree.PlayerInfosetStart[p + 1] - 1; i >= Tree.PlayerInfosetStart[p]; i--)
        {
            InfosetUpdate.Run<TRule, HostDoubles, HostInts>(i, step, _v);
        }
    }
}
