using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GameRL.Games.Api;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Jpsro;
using GameRL.Solvers.NormalForm;
using Spectre.Console;

namespace GameRL.Cli.Commands;

/// <summary>
/// <c>gamerl jpsro &lt;spec&gt;</c>: Joint PSRO with correlated-equilibrium meta-solvers; prints per-iteration gaps,
/// optionally plots them and saves the final correlated policy.
/// </summary>
internal static class JpsroCommand
{
    public static Command Create(CliContext ctx)
    {
        var spec = CommonOptions.Spec();
        var json = CommonOptions.Json();
        var seed = CommonOptions.Seed();
        var train = new Option<string>("--train-meta") { Description = "meta-solver the best responses train against", DefaultValueFactory = _ => "mgcce" };
        var eval = new Option<string>("--eval-meta") { Description = "meta-solver that is only evaluated", DefaultValueFactory = _ => "mwcce" };
        var target = new Option<string>("--target") { Description = "cce or ce", DefaultValueFactory = _ => "cce" };
        var iters = new Option<int>("--iters") { Description = "iterations (the run takes iters + 1 rounds, as OpenSpiel's)", DefaultValueFactory = _ => 40 };
        var init = new Option<string>("--init") { Description = "uniform or random_deterministic", DefaultValueFactory = _ => "uniform" };
        var update = new Option<string>("--update-players") { Description = "all, cycle or random", DefaultValueFactory = _ => "all" };
        var selection = new Option<string>("--br-selection") { Description = "all, all_novel, random, random_novel or largest_gap", DefaultValueFactory = _ => "largest_gap" };
        var ignoreRepeats = new Option<bool>("--ignore-repeats") { Description = "meta-solvers ignore repeat counts" };
        var tolerance = new Option<double>("--action-value-tolerance") { Description = "negative: deterministic best responses; else uniform within this tolerance", DefaultValueFactory = _ => -1 };
        var plot = new Option<string?>("--plot") { Description = "write a PNG of the gap curves here (atomically)" };
        var output = new Option<string?>("--out") { Description = "write the populations and meta-distributions (the correlated policy) as JSON here (atomically)" };
        var cmd = new Command("jpsro", "Joint PSRO towards a (coarse) correlated equilibrium of an n-player game")
        {
            spec, train, eval, target, iters, seed, init, update, selection, ignoreRepeats, tolerance, plot, output, json,
        };
        cmd.SetAction(r =>
        {
            int iterations = r.GetValue(iters);
            if (iterations < 0)
            {
                throw new GameRLException($"--iters must be ≥ 0, got {iterations}");
            }

            var options = new JpsroOptions
            {
                Seed = r.GetValue(seed),
                Iterations = iterations,
                TrainMetaSolver = MetaSolverCatalog.Parse(r.GetValue(train)!),
                EvalMetaSolver = MetaSolverCatalog.Parse(r.GetValue(eval)!),
                Target = JpsroNames.ParseTarget(r.GetValue(target)!),
                PolicyInit = JpsroNames.ParseInit(r.GetValue(init)!),
                PlayerUpdate = JpsroNames.ParseUpdate(r.GetValue(update)!),
                Selection = JpsroNames.ParseSelection(r.GetValue(selection)!),
                IgnoreRepeats = r.GetValue(ignoreRepeats),
                ActionValueTolerance = r.GetValue(tolerance),
            };
            var tree = CommonOptions.Compile(r.GetValue(spec)!);
            bool asJson = r.GetValue(json);
            var clock = Stopwatch.StartNew();
            var seconds = new List<double>();
            var result = Run(ctx, tree, options, asJson, seconds, clock);
            double total = clock.Elapsed.TotalSeconds;
            var marginal = Exploitability.Evaluate(result.MarginalPolicy(result.EvalDistribution));
            if (r.GetValue(plot) is { } png)
            {
                GapPlot.Save(png, $"JPSRO({(options.Target == EquilibriumConcept.Correlated ? "CE" : "CCE")}) on {tree.Game.Spec}: {MetaSolverCatalog.NameOf(options.TrainMetaSolver)} / {MetaSolverCatalog.NameOf(options.EvalMetaSolver)}", result.Iterations);
            }

            if (r.GetValue(output) is { } file)
            {
                CorrelatedPolicyIo.Save(result, file);
            }

            var last = result.Iterations[^1];
            if (asJson)
            {
                ctx.Out.WriteLine(JsonOut.Object(w =>
                {
                    w.WriteString("game", tree.Game.Spec);
                    w.WriteString("train_meta", MetaSolverCatalog.NameOf(options.TrainMetaSolver));
                    w.WriteString("eval_meta", MetaSolverCatalog.NameOf(options.EvalMetaSolver));
                    w.WriteString("target", r.GetValue(target));
                    w.WriteNumber("seed", options.Seed);
                    w.WriteStartArray("iterations");
                    for (int i = 0; i < result.Iterations.Count; i++)
                    {
                        var it = result.Iterations[i];
                        w.WriteStartObject();
                        w.WriteNumber("iteration", it.Iteration);
                        w.Numbers("train_gaps", it.TrainGaps);
                        w.Numbers("eval_gaps", it.EvalGaps);
                        w.Numbers("num_policies", it.NumPolicies);
                        w.Numbers("train_values", it.TrainValues);
                        w.Numbers("eval_values", it.EvalValues);
                        w.WriteNumber("seconds", seconds[i]);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteNumber("final_eval_gap", last.EvalGap);
                    w.WriteNumber("final_train_gap", last.TrainGap);
                    w.Numbers("final_eval_values", last.EvalValues);
                    w.WriteNumber("final_eval_welfare", last.EvalValues.Sum());
                    w.WriteNumber("marginal_nash_conv", marginal.NashConv);
                    w.NumberOrNull("marginal_exploitability", marginal.Exploitability);
                    w.WriteNumber("seconds", total);
                }));
                return 0;
            }

            ctx.Console.MarkupLine($"{Markup.Escape(tree.Game.Spec)}: {result.Iterations.Count} rounds in {total:F2} s; policies per player {string.Join(", ", last.NumPolicies)}");
            ctx.Console.MarkupLine($"final eval gap [bold]{F(last.EvalGap)}[/], train gap [bold]{F(last.TrainGap)}[/]");
            ctx.Console.MarkupLine($"eval values {string.Join(", ", last.EvalValues.Select(F))} (welfare {F(last.EvalValues.Sum())})");
            ctx.Console.MarkupLine(marginal.Exploitability is double e
                ? $"exploitability of the eval marginals [bold]{F(e)}[/]"
                : $"NashConv of the eval marginals {F(marginal.NashConv)}");
            return 0;
        });
        return cmd;
    }

    private static JpsroResult Run(CliContext ctx, Games.Tree.GameTree tree, JpsroOptions options, bool asJson, List<double> seconds, Stopwatch clock)
    {
        double last = 0;
        void Record(JpsroIteration it)
        {
            double now = clock.Elapsed.TotalSeconds;
            seconds.Add(now - last);
            last = now;
        }

        if (asJson)
        {
            return JpsroSolver.Run(tree, options, new Reporter(Record), ctx.Cancellation);
        }

        if (!ctx.IsInteractive)
        {
            return JpsroSolver.Run(tree, options, new Reporter(it =>
            {
                Record(it);
                ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"iteration {it.Iteration,4}  train gap {it.TrainGap,-12:G6} eval gap {it.EvalGap,-12:G6} policies {string.Join("/", it.NumPolicies)}  {seconds[^1]:F3} s"));
            }), ctx.Cancellation);
        }

        JpsroResult? result = null;
        ctx.Console.Progress().Start(p =>
        {
            var task = p.AddTask("JPSRO", maxValue: options.Iterations + 1);
            result = JpsroSolver.Run(tree, options, new Reporter(it =>
            {
                Record(it);
                task.Description = string.Create(CultureInfo.InvariantCulture, $"JPSRO it {it.Iteration} eval gap {it.EvalGap:G3}");
                task.Increment(1);
            }), ctx.Cancellation);
        });
        return result!;
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A synchronous progress sink (Progress&lt;T&gt; would post to the thread pool and report late).</summary>
    private sealed class Reporter(Action<JpsroIteration> report) : IProgress<JpsroIteration>
    {
        public void Report(JpsroIteration value) => report(value);
    }
}
