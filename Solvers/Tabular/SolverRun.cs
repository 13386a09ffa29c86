using System.Diagnostics;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Policies;

namespace GameRL.Solvers.Tabular;

/// <summary>
/// Runs a solver up to a target iteration count with periodic exact evaluation, progress reports and checkpoints.
/// Cancellation is honoured between iterations; the caller then writes a checkpoint, and a run resumed from it
/// reaches the same bits as an uninterrupted one.
/// </summary>
public sealed class SolverRun
{
    private readonly TabularSolver _solver;
    private readonly Func<TabularPolicy, ExploitabilityReport> _evaluate;
    private readonly List<CurvePoint> _curve = [];
    private double _seconds;

    /// <summary>Prepares a run of <paramref name="solver"/>, evaluated on the CPU.</summary>
    public SolverRun(TabularSolver solver)
        : this(solver, new PolicyEvaluator(solver?.Tree ?? throw new ArgumentNullException(nameof(solver))).Evaluate)
    {
    }

    /// <summary>Prepares a run of <paramref name="solver"/> evaluated by <paramref name="evaluate"/> (e.g. on a device).</summary>
    public SolverRun(TabularSolver solver, Func<TabularPolicy, ExploitabilityReport> evaluate)
    {
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(evaluate);
        _solver = solver;
        _evaluate = evaluate;
    }

    /// <summary>Evaluate every this many iterations (and at the end).</summary>
    public int EvaluateEvery { get; init; } = 100;

    /// <summary>Write a checkpoint here after each evaluation (null: never).</summary>
    public string? CheckpointPath { get; init; }

    /// <summary>The evaluated points so far.</summary>
    public IReadOnlyList<CurvePoint> Curve => _curve;

    /// <summary>Seconds spent iterating (evaluation excluded).</summary>
    public double SolverSeconds => _seconds;

    /// <summary>
    /// Iterates until <paramref name="target"/> iterations are done or <paramref name="ct"/> is cancelled;
    /// <paramref name="progress"/> is called after every evaluation and at most every ~0.2 s in between.
    /// </summary>
    /// <returns>True when the target was reached.</returns>
    public bool RunTo(int target, CancellationToken ct = default, Action<SolverProgress>? progress = null)
    {
        var clock = new Stopwatch();
        long lastReport = 0;
        double? latest = _curve.Count > 0 ? _curve[^1].AverageGap : null;
        int every = Math.Max(1, EvaluateEvery);
        while (_solver.Iteration < target)
        {
            if (ct.IsCancellationRequested)
            {
                return false;
            }

            clock.Restart();
            _solver.Iterate();
            clock.Stop();
            _seconds += clock.Elapsed.TotalSeconds;
            if (_solver.Iteration % every == 0 || _solver.Iteration == target)
            {
                latest = Evaluate().Gap;
                if (CheckpointPath is not null)
                {
                    _solver.SaveCheckpoint(CheckpointPath);
                }

                progress?.Invoke(new SolverProgress(_solver.Iteration, target, _seconds, latest));
                lastReport = Stopwatch.GetTimestamp();
            }
            else if (progress is not null && Stopwatch.GetElapsedTime(lastReport).TotalSeconds > 0.2)
            {
                progress(new SolverProgress(_solver.Iteration, target, _seconds, latest));
                lastReport = Stopwatch.GetTimestamp();
            }
        }

        return true;
    }

    /// <summary>Evaluates the average and last iterates now and records a curve point.</summary>
    public (double Gap, CurvePoint Point) Evaluate()
    {
        var average = _evaluate(_solver.AveragePolicy());
        var last = _evaluate(_solver.CurrentPolicy());
        var point = new CurvePoint(_solver.Iteration, _seconds, average.Exploitability ?? average.NashConv, last.Exploitability ?? last.NashConv);
        if (_curve.Count == 0 || _curve[^1].Iteration != point.Iteration)
        {
            _curve.Add(point);
        }

        return (_solver.Output == OutputIterate.Average ? point.AverageGap : point.LastGap, point);
    }
}
