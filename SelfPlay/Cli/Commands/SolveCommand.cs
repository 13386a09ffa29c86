using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GameRL.Cli.Plots;
using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Lp;
using GameRL.Solvers.Policies;
using GameRL.Solvers.Tabular;
using Spectre.Console;

namespace GameRL.Cli.Commands;

/// <summary>
/// <c>gamerl solve &lt;spec&gt; --algo A</c>: the exact LP or an iterative solver, with progress, exact evaluation,
/// curves (CSV and PNG), policy output and checkpoints that resume bit for bit.
/// </summary>
internal static class SolveCommand
{
    public static Command Create(CliContext ctx)
    {
        var spec = CommonOptions.Spec();
        var json = CommonOptions.Json();
        var seed = CommonOptions.Seed();
        var algo = new Option<string>("--algo") { Description = "lp, " + string.Join(", ", SolverCatalog.ConsoleNames), DefaultValueFactory = _ => "lp" };
        var iters = new Option<int>("--iters") { Description = "total iterations (episodes for balanced/adaptive-ftrl)", DefaultValueFactory = _ => 1000 };
        var alternating = new Option<bool>("--alternating") { Description = "update players one after another" };
        var simultaneous = new Option<bool>("--simultaneous") { Description = "update all players from the same policies" };
        var evalEvery = new Option<int?>("--eval-every") { Description = "evaluate exploitability every K iterations (default: iters/100)" };
        var output = new Option<string?>("--out") { Description = "write the policy JSON here (atomically)" };
        var curve = new Option<string?>("--curve") { Description = "write the convergence curve as CSV" };
        var plot = new Option<string?>("--plot") { Description = "write a log-log PNG plot of the curve" };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "write the whole solver state here at every evaluation and on Ctrl-C" };
        var resume = new Option<string?>("--resume") { Description = "continue from a checkpoint (up to --iters in total)" };
        var threads = new Option<int>("--threads") { Description = "threads for the passes over terminals", DefaultValueFactory = _ => 1 };
        var eta = new Option<double?>("--eta") { Description = "step size (FTRL, MMD) or rate multiplier (balanced/adaptive-ftrl)" };
        var temperature = new Option<double?>("--temperature") { Description = "MMD temperature α (payoff units)" };
        var schedule = new Option<string>("--schedule") { Description = "MMD schedule: moving-magnet, annealed or fixed", DefaultValueFactory = _ => "moving-magnet" };
        var magnetEta = new Option<double>("--magnet-eta") { Description = "MMD magnet step η̃ (moving-magnet)", DefaultValueFactory = _ => 0.05 };
        var regularizer = new Option<string>("--regularizer") { Description = "FTRL regulariser: entropy or euclidean", DefaultValueFactory = _ => "entropy" };
        var dcfrAlpha = new Option<double>("--dcfr-alpha") { Description = "DCFR α", DefaultValueFactory = _ => 1.5 };
        var dcfrBeta = new Option<double>("--dcfr-beta") { Description = "DCFR β", DefaultValueFactory = _ => 0 };
        var dcfrGamma = new Option<double>("--dcfr-gamma") { Description = "DCFR γ", DefaultValueFactory = _ => 2 };
        var backend = new BackendOptions();
        var cmd = new Command("solve", "compute an equilibrium of a game")
        {
            spec, algo, iters, alternating, simultaneous, evalEvery, output, curve, plot, checkpoint, resume, seed, threads,
            eta, temperature, schedule, magnetEta, regularizer, dcfrAlpha, dcfrBeta, dcfrGamma, json,
        };
        backend.AddTo(cmd);
        cmd.SetAction(r =>
        {
            string name = r.GetValue(algo)!;
            var tree = CommonOptions.Compile(r.GetValue(spec)!);
            if (name == "lp")
            {
                return SolveLp(ctx, tree, r.GetValue(output), r.GetValue(json));
            }

            var algorithm = SolverCatalog.Parse(name);
            if (r.GetValue(alternating) && r.GetValue(simultaneous))
            {
                throw new GameRLException("--alternating and --simultaneous exclude each other");
            }

            int target = r.GetValue(iters);
            if (target < 1)
            {
                throw new GameRLException($"--iters must be at least 1 (got {target})");
            }

            var options = new SolverOptions
            {
                Updates = r.GetValue(alternating) ? UpdateMode.Alternating : r.GetValue(simultaneous) ? UpdateMode.Simultaneous : null,
                Threads = r.GetValue(threads),
                Seed = r.GetValue(seed),
                PlannedIterations = target,
                Eta = r.GetValue(eta),
                Temperature = r.GetValue(temperature),
                MmdSchedule = ParseSchedule(r.GetValue(schedule)!),
                MagnetEta = r.GetValue(magnetEta),
                Regularizer = r.GetValue(regularizer) switch
                {
                    "entropy" => Regularizer.Entropy,
                    "euclidean" => Regularizer.Euclidean,
                    var other => throw new GameRLException($"unknown --regularizer '{other}'; valid: entropy, euclidean"),
                },
                DcfrAlpha = r.GetValue(dcfrAlpha),
                DcfrBeta = r.GetValue(dcfrBeta),
                DcfrGamma = r.GetValue(dcfrGamma),
            };
            var files = new OutputFiles(r.GetValue(output), r.GetValue(curve), r.GetValue(plot), r.GetValue(checkpoint) ?? r.GetValue(resume), r.GetValue(resume));
            var where = BackendOptions.Parse(r.GetValue(backend.Backend)!);
            using var run = new BackendSolver(where, r.GetValue(backend.Device), algorithm, tree, options);
            return SolveIterative(ctx, run, target, r.GetValue(evalEvery) ?? Math.Max(1, target / 100), files, r.GetValue(json));
        });
        return cmd;
    }

    private static MmdSchedule ParseSchedule(string text) => text switch
    {
        "moving-magnet" => MmdSchedule.MovingMagnet,
        "annealed" => MmdSchedule.Annealed,
        "fixed" => MmdSchedule.Fixed,
        _ => throw new GameRLException($"unknown --schedule '{text}'; valid: moving-magnet, annealed, fixed"),
    };

    private static int SolveLp(CliContext ctx, GameTree tree, string? output, bool json)
    {
        var clock = Stopwatch.StartNew();
        var solution = SequenceFormLp.Solve(tree);
        double seconds = clock.Elapsed.TotalSeconds;
        var report = Exploitability.Evaluate(solution.Policy);
        if (output is not null)
        {
            PolicyIo.Save(solution.Policy, output);
        }

        if (json)
        {
            ctx.Out.WriteLine(JsonOut.Object(w =>
            {
                w.WriteString("game", tree.Game.Spec);
                w.WriteString("algo", "lp");
                w.Numbers("values", solution.Values);
                w.NumberOrNull("exploitability", report.Exploitability);
                w.WriteNumber("nash_conv", report.NashConv);
                w.WriteNumber("seconds", seconds);
            }));
        }
        else
        {
            ctx.Console.MarkupLine($"{Markup.Escape(tree.Game.Spec)}: values [bold]{string.Join(", ", solution.Values.Select(F))}[/]");
            ctx.Console.MarkupLine($"exploitability {F(report.Exploitability ?? report.NashConv)}, {seconds:F3} s");
        }

        return 0;
    }

    private static int SolveIterative(CliContext ctx, BackendSolver backend, int target, int evalEvery, OutputFiles files, bool json)
    {
        var solver = backend.Solver;
        var tree = solver.Tree;
        var algorithm = solver.Algorithm;
        if (files.Resume is not null)
        {
            solver.LoadCheckpoint(files.Resume);
        }

        int start = solver.Iteration;
        var run = new SolverRun(solver, backend.Evaluate) { EvaluateEvery = evalEvery, CheckpointPath = files.Checkpoint };
        bool finished = RunWithProgress(ctx, run, solver, target);
        if (!finished)
        {
            string path = files.Checkpoint ?? Path.GetFullPath("gamerl-solve.ckpt");
            solver.SaveCheckpoint(path);
            ctx.Err.WriteLine($"interrupted at iteration {solver.Iteration}; checkpoint written to {path}; continue with --resume {path}");
            return 130;
        }

        var policy = solver.OutputPolicy();
        var report = backend.Evaluate(policy);
        string gapName = report.Exploitability is null ? "nash_conv" : "exploitability";
        if (files.Policy is not null)
        {
            PolicyIo.Save(policy, files.Policy);
        }

        if (files.Curve is not null)
        {
            CurveFiles.WriteCsv(files.Curve, run.Curve, gapName);
        }

        if (files.Plot is not null)
        {
            CurveFiles.WritePng(files.Plot, $"{SolverCatalog.NameOf(algorithm)} on {tree.Game.Spec}", gapName,
            [
                ("average iterate", run.Curve.Select(p => ((double)p.Iteration, p.AverageGap)).ToList()),
                ("last iterate", run.Curve.Select(p => ((double)p.Iteration, p.LastGap)).ToList()),
            ]);
        }

        int done = solver.Iteration - start;
        double ms = done > 0 ? run.SolverSeconds * 1000 / done : 0;
        string iterate = solver.Output == OutputIterate.Average ? "average" : "last";
        if (json)
        {
            ctx.Out.WriteLine(JsonOut.Object(w =>
            {
                w.WriteString("game", tree.Game.Spec);
                w.WriteString("algo", SolverCatalog.NameOf(algorithm));
                w.WriteNumber("iterations", solver.Iteration);
                w.WriteString("iterate", iterate);
                w.NumberOrNull("exploitability", report.Exploitability);
                w.WriteNumber("nash_conv", report.NashConv);
                w.Numbers("values", report.OnPolicyValues);
                w.WriteNumber("seconds", run.SolverSeconds);
                w.WriteNumber("ms_per_iteration", ms);
            }));
        }
        else
        {
            ctx.Console.MarkupLine($"{Markup.Escape(tree.Game.Spec)}, {SolverCatalog.NameOf(algorithm)}, {solver.Iteration} iterations ({iterate} iterate)");
            ctx.Console.MarkupLine($"{gapName} [bold]{F(report.Exploitability ?? report.NashConv)}[/], values {string.Join(", ", report.OnPolicyValues.Select(F))}");
            ctx.Console.MarkupLine($"{run.SolverSeconds:F3} s iterating, {ms:F4} ms per iteration");
        }

        return 0;
    }

    private static bool RunWithProgress(CliContext ctx, SolverRun run, TabularSolver solver, int target)
    {
        static string Describe(SolverProgress p) =>
            $"{p.Iteration}/{p.Target}, {(p.SolverSeconds > 0 ? (p.Iteration / p.SolverSeconds).ToString("N0", CultureInfo.InvariantCulture) : "-")} it/s, gap {(p.Gap is double g ? g.ToString("0.###E+0", CultureInfo.InvariantCulture) : "-")}";

        if (!ctx.IsErrInteractive)
        {
            long lastLine = 0;
            bool done = run.RunTo(target, ctx.Cancellation, p =>
            {
                if (p.Iteration == p.Target || Stopwatch.GetElapsedTime(lastLine).TotalSeconds >= 2)
                {
                    ctx.Err.WriteLine(Describe(p));
                    lastLine = Stopwatch.GetTimestamp();
                }
            });
            return done;
        }

        bool finished = false;
        ctx.ErrConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(p =>
            {
                var task = p.AddTask($"{solver.Iteration}/{target}", maxValue: target);
                task.Value = solver.Iteration;
                finished = run.RunTo(target, ctx.Cancellation, progress =>
                {
                    task.Value = progress.Iteration;
                    task.Description = Markup.Escape(Describe(progress));
                });
            });
        return finished;
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private sealed record OutputFiles(string? Policy, string? Curve, string? Plot, string? Checkpoint, string? Resume);
}
