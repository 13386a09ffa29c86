using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Tabular;
using Spectre.Console;

namespace GameRL.Cli.Commands;

/// <summary>
/// Times one iteration of each solver on each game, single-threaded: a warm-up, then the median over repeated timed
/// runs of at least <c>--seconds</c> each. Evaluation is not timed.
/// </summary>
internal static class BenchSolversCommand
{
    public static void Configure(Command cmd, CliContext ctx)
    {
        var games = new Option<string>("--games") { Description = "comma-separated game specs", DefaultValueFactory = _ => "kuhn_poker,leduc_poker" };
        var algos = new Option<string>("--algos") { Description = "comma-separated algorithms (default: all)", DefaultValueFactory = _ => string.Join(",", SolverCatalog.ConsoleNames) };
        var repeats = new Option<int>("--repeats") { Description = "timed runs per case; the median is reported", DefaultValueFactory = _ => 5 };
        var seconds = new Option<double>("--seconds") { Description = "minimum length of one timed run", DefaultValueFactory = _ => 0.2 };
        var json = CommonOptions.Json();
        cmd.Options.Add(games);
        cmd.Options.Add(algos);
        cmd.Options.Add(repeats);
        cmd.Options.Add(seconds);
        cmd.Options.Add(json);
        cmd.SetAction(r =>
        {
            var specs = Split(r.GetValue(games)!);
            var algorithms = Split(r.GetValue(algos)!).Select(SolverCatalog.Parse).ToList();
            int reps = r.GetValue(repeats);
            double minSeconds = r.GetValue(seconds);
            if (reps < 1 || !(minSeconds > 0))
            {
                throw new GameRLException("--repeats must be ≥ 1 and --seconds > 0");
            }

            var rows = new List<(string Game, int Histories, string Algo, double Microseconds)>();
            foreach (string spec in specs)
            {
                var tree = GameTree.Build(GameCatalog.Load(spec));
                foreach (var algorithm in algorithms)
                {
                    ctx.Cancellation.ThrowIfCancellationRequested();
                    double us = Median(tree, algorithm, reps, minSeconds);
                    rows.Add((tree.Game.Spec, tree.NumNodes, SolverCatalog.NameOf(algorithm), us));
                    if (!r.GetValue(json))
                    {
                        ctx.Err.WriteLine($"{tree.Game.Spec} {SolverCatalog.NameOf(algorithm)}: {us:F3} µs/iteration");
                    }
                }
            }

            if (r.GetValue(json))
            {
                ctx.Out.WriteLine(JsonOut.Object(w =>
                {
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
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }));
                return 0;
            }

            var table = new Table().AddColumns("game", "histories", "algorithm", "ms/iteration", "iterations/s");
            foreach (var row in rows)
            {
                table.AddRow(
                    Markup.Escape(row.Game),
                    row.Histories.ToString("N0", CultureInfo.InvariantCulture),
                    Markup.Escape(row.Algo),
                    (row.Microseconds / 1000).ToString("0.00000", CultureInfo.InvariantCulture),
                    (1e6 / row.Microseconds).ToString("N0", CultureInfo.InvariantCulture));
            }

            ctx.Console.Write(table);
            ctx.Console.MarkupLine($"median of {reps} runs of ≥ {minSeconds} s each, single thread; balanced/adaptive-ftrl iterate one sampled episode");
            return 0;
        });
    }

    private static double Median(GameTree tree, Algorithm algorithm, int repeats, double minSeconds)
    {
        var solver = SolverCatalog.Create(algorithm, tree, new SolverOptions());
        int batch = 1;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < minSeconds)
        {
            for (int i = 0; i < batch; i++)
            {
                solver.Iterate();
            }

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

            samples[rep] = clock.Elapsed.TotalMilliseconds * 1000 / perRun;
        }

        Array.Sort(samples);
        return samples[repeats / 2];
    }

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
}
