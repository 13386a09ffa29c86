using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GameRL.Games.Api;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Lp;
using GameRL.Solvers.Policies;
using Spectre.Console;

namespace GameRL.Cli.Commands;

/// <summary><c>gamerl solve &lt;spec&gt; --algo A</c>: computes an equilibrium and reports its values and exploitability.</summary>
internal static class SolveCommand
{
    public static Command Create(CliContext ctx)
    {
        var spec = CommonOptions.Spec();
        var json = CommonOptions.Json();
        var algo = new Option<string>("--algo") { Description = "lp (exact sequence-form LP)", DefaultValueFactory = _ => "lp" };
        var output = new Option<string?>("--out") { Description = "write the policy JSON here (atomically)" };
        var cmd = new Command("solve", "compute an equilibrium of a game") { spec, algo, output, json };
        cmd.SetAction(r =>
        {
            string name = r.GetValue(algo)!;
            if (name != "lp")
            {
                throw new GameRLException($"unknown --algo '{name}'; valid: lp");
            }

            var tree = CommonOptions.Compile(r.GetValue(spec)!);
            var clock = Stopwatch.StartNew();
            var solution = SequenceFormLp.Solve(tree);
            double seconds = clock.Elapsed.TotalSeconds;
            var report = Exploitability.Evaluate(solution.Policy);
            if (r.GetValue(output) is { } path)
            {
                PolicyIo.Save(solution.Policy, path);
            }

            if (r.GetValue(json))
            {
                ctx.Out.WriteLine(JsonOut.Object(w =>
                {
                    w.WriteString("game", tree.Game.Spec);
                    w.WriteString("algo", name);
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
        });
        return cmd;
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
