using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GameRL.Games.Api;
using GameRL.Games.Leduc;
using GameRL.Games.Tree;
using GameRL.Kernels;
using GameRL.Solvers.Tabular;
using GameRL.Solvers.Tabular.Passes;
using Spectre.Console;

namespace GameRL.Cli.Commands;

/// <summary>
/// Times one iteration of each solver on each game: a warm-up, then the median over repeated timed runs of at least
/// <c>--seconds</c> each (device runs are synchronised before the clock stops). <c>--sizes</c> picks Leduc variants of
/// at least the given numbers of histories; histories/s and the modelled memory bandwidth are reported with the time.
/// </summary>
internal static class BenchSolversCommand
{
    public static void Configure(Command cmd, CliContext ctx)
    {
        var games = new Option<string>("--games") { Description = "comma-separated game specs", DefaultValueFactory = _ => "kuhn_poker,leduc_poker" };
        var sizes = new Option<string?>("--sizes") { Description = "comma-separated history counts (e.g. 1e4,1e6): Leduc variants of at least that size, instead of --games" };
        var algos = new Option<string?>("--algos") { Description = "comma-separated algorithms (default: all the backend runs)" };
        var repeats = new Option<int>("--repeats") { Description = "timed runs per case; the median is reported", DefaultValueFactory = _ => 5 };
        var seconds = new Option<double>("--seconds") { Description = "minimum length of one timed run", DefaultValueFactory = _ => 0.2 };
        var maxHistories = new Option<long>("--max-histories") { Description = "refuse to compile larger trees", DefaultValueFactory = _ => GameTree.DefaultMaxNodes };
        var json = CommonOptions.Json();
        var backend = new BackendOptions();
        foreach (var o in new Option[] { games, sizes, algos, repeats, seconds, maxHistories, json })
        {
            cmd.Options.Add(o);
        }

        backend.AddTo(cmd);
        cmd.SetAction(r =>
        {
            var where = BackendOptions.Parse(r.GetValue(backend.Backend)!);
            var specs = r.GetValue(sizes) is { } s
                ? Split(s).Select(x => LeducPokerGame.VariantWithAtLeast(ParseSize(x))).ToList()
                : Split(r.GetValue(games)!);
            var algorithms = r.GetValue(algos) is { } a
                ? Split(a).Select(SolverCatalog.Parse).ToList()
                : Enum.GetValues<Algorithm>().Where(x => where == Backend.Cpu || SolverCatalog.IsLocalRule(x)).ToList();
            int reps = r.GetValue(repeats);
            double minSeconds = r.GetValue(seconds);
            if (reps < 1 || !(minSeconds > 0))
            {
                throw new GameRLException("--repeats must be ≥ 1 and --seconds > 0");
            }

            var rows = new List<Row>();
            string device = "CPU (C# driver, 1 thread)";
            foreach (string spec in specs)
            {
                var tree = GameTree.Build(GameCatalog.Load(spec), r.GetValue(maxHistories));
                var layout = new TreeLayout(tree);
                foreach (var algorithm in algorithms)
                {
                    ctx.Cancellation.ThrowIfCancellationRequested();
                    using var run = new BackendSolver(where, r.GetValue(backend.Device), algorithm, tree, new SolverOptions());
                    device = run.DeviceName;
                    double us = Median(run, reps, minSeconds);
                    var updates = run.Solver.Algorithm == Algorithm.Mmd ? UpdateMode.Simultaneous : UpdateMode.Alternating;
                    long bytes = SolverCatalog.IsLocalRule(algorithm) ? layout.ModelledBytesPerIteration(updates) : 0;
                    var row = new Row(tree.Game.Spec, tree.NumNodes, SolverCatalog.NameOf(algorithm), us, bytes);
                    rows.Add(row);
                    if (!r.GetValue(json))
                    {
                        ctx.Err.WriteLine($"{row.Game} {row.Algo}: {us:F3} µs/iteration");
                    }
                }
            }

            if (r.GetValue(json))
            {
                ctx.Out.WriteLine(JsonOut.Object(w =>
                {
                    w.WriteString("backend", r.GetValue(backend.Backend));
                    w.WriteString("device", device);
                    w.WriteNumber("repeats", reps);
                    w.WriteStartArray("results");
                    foreach (var row in rows)
                    {
                        w.WriteStartObject();
                        w.WriteString("game", row.Game);
                        w.WriteNumber("histories", row.Histories);
                        w.WriteString("algo", row.Algo);
                        w.WriteNumber("ms_per_iteration", row.Microseconds / 1000);
                        w.WriteNumber("iterations_per_second", 1e6 / row.Microseconds);
                        w.WriteNumber("histories_per_second", row.Histories * 1e6 / row.Microseconds);
                        w.WriteNumber("modelled_gb_per_second", row.Bytes / row.Microseconds / 1000);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }));
                return 0;
            }

            var table = new Table().AddColumns("game", "histories", "algorithm", "ms/iteration", "iterations/s", "histories/s", "GB/s (model)");
            foreach (var row in rows)
            {
                table.AddRow(
                    Markup.Escape(row.Game),
                    row.Histories.ToString("N0", CultureInfo.InvariantCulture),
                    Markup.Escape(row.Algo),
                    (row.Microseconds / 1000).ToString("0.00000", CultureInfo.InvariantCulture),
                    (1e6 / row.Microseconds).ToString("N0", CultureInfo.InvariantCulture),
                    (row.Histories * 1e6 / row.Microseconds).ToString("0.00E+0", CultureInfo.InvariantCulture),
                    row.Bytes > 0 ? (row.Bytes / row.Microseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture) : "-");
            }

            ctx.Console.Write(table);
            ctx.Console.MarkupLine(Markup.Escape($"{device}; median of {reps} runs of ≥ {minSeconds} s each; balanced/adaptive-ftrl iterate one sampled episode"));
            return 0;
        });
    }

    private static double Median(BackendSolver run, int repeats, double minSeconds)
    {
        var solver = run.Solver;
        int batch = 1;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < minSeconds)
        {
            for (int i = 0; i < batch; i++)
            {
                solver.Iterate();
            }

            run.Synchronize();
            batch *= 2;
        }

        int perRun = Math.Max(1, (int)(batch / clock.Elapsed.TotalSeconds * minSeconds));
        var samples = new double[repeats];
        for (int rep = 0; rep < repeats; rep++)
        {
            clock.Restart();
            for (int i = 0; i < perRun; i++)
            {
                solver.Iterate();
            }

            run.Synchronize();
            samples[rep] = clock.Elapsed.TotalMilliseconds * 1000 / perRun;
        }

        Array.Sort(samples);
        return samples[repeats / 2];
    }

    private static long ParseSize(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v >= 1 && v < 1e12
            ? (long)v
            : throw new GameRLException($"--sizes: '{text}' is not a history count such as 1e6");

    private static List<string> Split(string text)
    {
        var parts = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')')
            {
                depth--;
            }
            else if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(text[start..].Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }

    private sealed record Row(string Game, int Histories, string Algo, double Microseconds, long Bytes);
}
