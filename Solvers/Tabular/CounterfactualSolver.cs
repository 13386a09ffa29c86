using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Policies;
using GameRL.Solvers.Tabular.Rules;

namespace GameRL.Solvers.Tabular;

/// <summary>
/// The full-width driver of every local rule (CFR family, local FTRL, behavioural MMD). One pass for player i:
/// <list type="number">
/// <item>realization plans of all players, top-down over infosets;</item>
/// <item>sequence-form gains of player i's sequences, one row of <see cref="SequenceFormMatrix"/> each;</item>
/// <item>bottom-up over i's infosets: v(x) = Σ_a π(a|x)·v(x,a) is added to the parent sequence, the average gains
/// w_t·x_i(σ(x))·π(a|x), and the rule turns (regret, instantaneous regret v(x,a) − v(x), ...) into the next policy.</item>
/// </list>
/// The policy at x changes only after v(x) has been passed up, so the pass is exactly CFR's recursion.
/// </summary>
internal sealed class CounterfactualSolver<TRule> : TabularSolver
    where TRule : struct, IUpdateRule
{
    private readonly SequenceFormMatrix _matrix;
    private readonly double[] _policy;
    private readonly double[] _regret;
    private readonly double[] _average;
    private readonly double[] _logMagnet;
    private readonly double[] _x;
    private readonly double[] _v;
    private readonly double[] _reach;
    private readonly double[] _scores;
    private readonly double[] _squares;
    private readonly bool _needsReach;
    private readonly UpdateMode _updates;
    private readonly Func<int, RuleStep> _schedule;
    private readonly double _probabilityFloor;
    private readonly double _magnetEta;

    public CounterfactualSolver(GameTree tree, Algorithm algorithm, SolverOptions options, Func<int, RuleStep> schedule, UpdateMode defaultUpdates, bool needsReach, double probabilityFloor = 0, double magnetEta = 0)
        : base(tree, algorithm, options)
    {
        _matrix = new SequenceFormMatrix(tree);
        _schedule = schedule;
        _updates = options.Updates ?? defaultUpdates;
        _needsReach = needsReach;
        _probabilityFloor = probabilityFloor;
        _magnetEta = magnetEta;
        _policy = TabularPolicy.Uniform(tree).ToArray();
        _regret = new double[tree.NumSlots];
        _average = new double[tree.NumSlots];
        _logMagnet = needsReach ? _policy.Select(p => Math.Log(p)).ToArray() : [];
        _x = new double[tree.NumSequences];
        _v = new double[tree.NumSequences];
        _reach = needsReach ? new double[tree.NumSequences] : [];
        _scores = new double[tree.InfosetNumActions.DefaultIfEmpty(1).Max()];
        _squares = TRule.NeedsRegretScale ? new double[tree.NumInfosets] : [];
    }

    public override OutputIterate Output => Algorithm == Algorithm.Mmd ? OutputIterate.Last : OutputIterate.Average;

    public override void Iterate()
    {
        int t = ++Iteration;
        var step = _schedule(t);
        int n = Tree.NumPlayers;
        if (_updates == UpdateMode.Simultaneous)
        {
            PolicyEvaluator.Realization(Tree, _policy, _x);
            for (int p = 0; p < n; p++)
            {
                Gains(p);
            }

            for (int p = 0; p < n; p++)
            {
                BottomUp(p, step);
            }
        }
        else
        {
            for (int p = 0; p < n; p++)
            {
                PolicyEvaluator.Realization(Tree, _policy, _x);
                Gains(p);
                BottomUp(p, step);
            }
        }

        if (_magnetEta > 0)
        {
            MoveMagnet();
        }
    }

    public override TabularPolicy CurrentPolicy() => new(Tree, (double[])_policy.Clone());

    public override TabularPolicy AveragePolicy() => TabularPolicy.FromUnnormalised(Tree, _average);

    /// <summary>The current cumulative regrets (for tests of invariants such as RM+ regrets ≥ 0).</summary>
    internal ReadOnlySpan<double> Regrets => _regret;

    protected override IEnumerable<(string Name, double[] Values)> StateArrays()
    {
        yield return ("policy", _policy);
        yield return ("regret", _regret);
        yield return ("average", _average);
        if (_needsReach)
        {
            yield return ("log_magnet", _logMagnet);
        }

        if (TRule.NeedsRegretScale)
        {
            yield return ("regret_squares", _squares);
        }
    }

    private void Gains(int p)
    {
        int rows = _matrix.RowStart[p].Length - 1;
        int threads = Math.Clamp(Options.Threads, 1, Math.Max(1, rows / 256));
        if (threads == 1)
        {
            _matrix.Gains(p, _x, _v, _needsReach ? _reach : default, 0, rows);
            return;
        }

        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, b =>
        {
            int lo = (int)((long)rows * b / threads);
            int hi = (int)((long)rows * (b + 1) / threads);
            _matrix.Gains(p, _x, _v, _needsReach ? _reach : default, lo, hi);
        });
    }

    private void BottomUp(int p, in RuleStep step)
    {
        int n = Tree.NumPlayers;
        int lo = Tree.PlayerInfosetStart[p];
        int hi = Tree.PlayerInfosetStart[p + 1];
        var parent = Tree.InfosetParentSequence;
        var firstSlot = Tree.InfosetFirstSlot;
        var numActions = Tree.InfosetNumActions;
        var policy = _policy;
        var regret = _regret;
        var average = _average;
        var v = _v;
        var scores = _scores;
        bool reach = _needsReach;
        for (int i = hi - 1; i >= lo; i--)
        {
            int first = firstSlot[i];
            int k = numActions[i];
            int end = first + k;
            double value = 0;
            double cfReach = 1;
            for (int s = first; s < end; s++)
            {
                value += policy[s] * v[n + s];
            }

            if (reach)
            {
                cfReach = 0;
                for (int s = first; s < end; s++)
                {
                    cfReach += policy[s] * _reach[n + s];
                }

                _reach[parent[i]] += cfReach;
            }

            v[parent[i]] += value;
            double w = step.AveragingWeight * _x[parent[i]];
            double scale = 1;
            if (TRule.NeedsRegretScale)
            {
                double sq = 0;
                for (int s = first; s < end; s++)
                {
                    double r = v[n + s] - value;
                    sq += r * r;
                }

                _squares[i] += sq / k;
                scale = Math.Max(Math.Sqrt(_squares[i]), 1e-300);
            }

            for (int s = first; s < end; s++)
            {
                average[s] += w * policy[s];
                var inputs = new SlotInputs(regret[s], v[n + s] - value, v[n + s], policy[s], reach ? _logMagnet[s] : 0, cfReach, scale);
                double next = TRule.NextRegret(inputs, step);
                regret[s] = next;
                scores[s - first] = TRule.Score(next, inputs, step);
            }

            var target = policy.AsSpan(first, k);
            PolicyNormalizer.Apply(TRule.Normalization, scores.AsSpan(0, k), target);
            if (_probabilityFloor > 0)
            {
                PolicyNormalizer.ClipAndRenormalize(target, _probabilityFloor);
            }
        }
    }

    /// <summary>MMD's moving magnet: log ρ ← (1 − η̃)·log ρ + η̃·log π, renormalised per infoset.</summary>
    private void MoveMagnet()
    {
        for (int i = 0; i < Tree.NumInfosets; i++)
        {
            int first = Tree.InfosetFirstSlot[i];
            int k = Tree.InfosetNumActions[i];
            var scores = _scores.AsSpan(0, k);
            for (int a = 0; a < k; a++)
            {
                scores[a] = ((1 - _magnetEta) * _logMagnet[first + a]) + (_magnetEta * Math.Log(_policy[first + a]));
            }

            var magnet = _logMagnet.AsSpan(first, k);
            PolicyNormalizer.Softmax(scores, magnet);
            PolicyNormalizer.ClipAndRenormalize(magnet, _probabilityFloor);
            for (int a = 0; a < k; a++)
            {
                magnet[a] = Math.Log(magnet[a]);
            }
        }
    }
}
