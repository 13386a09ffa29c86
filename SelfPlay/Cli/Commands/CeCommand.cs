using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GameRL.Games.Api;
using GameRL.Games.NormalForm;
using GameRL.Solvers.NormalForm;
using Spectre.Console;

namespace GameRL.Cli.Commands;

/// <summary><c>gamerl ce &lt;spec or file&gt; --solver S</c>: a (coarse) correlated equilibrium of a normal-form game, its gaps and welfare.</summary>
internal static class CeCommand
{
    public static Command Create(CliContext ctx)
    {
        var spec = new Argument<string>("game") { Description = "a normal-form game spec (chicken, normal_form(file=F)) or a payoff JSON file" };
        var json = CommonOptions.Json();
        var seed = CommonOptions.Seed();
        var solver = new Option<string>("--solver")
        {
            Description = $"meta-solver: {string.Join(", ", MetaSolverCatalog.Names)}",
            DefaultValueFactory = _ => "mgce",
        };
        var cmd = new Command("ce", "solve a normal-form game for a (coarse) correlated equilibrium") { spec, solver, seed, json };
        cmd.SetAction(r =>
        {
            var kind = MetaSolverCatalog.Parse(r.GetValue(solver)!);
            var (name, payoffs, actionNames) = Load(r.GetValue(spec)!);
            var clock = Stopwatch.StartNew();
            var solution = MetaSolver.Solve(kind, payoffs, new Random(r.GetValue(seed)));
            double seconds = clock.Elapsed.TotalSeconds;
            var d = solution.Distribution;
            var values = CorrelatedGaps.ExpectedValues(payoffs, d);
            double ceGap = CorrelatedGaps.Gap(payoffs, d, EquilibriumConcept.Correlated);
            double cceGap = CorrelatedGaps.Gap(payoffs, d, EquilibriumConcept.CoarseCorrelated);
            if (r.GetValue(json))
            {
                ctx.Out.WriteLine(JsonOut.Object(w =>
                {
                    w.WriteString("game", name);
                    w.WriteString("solver", MetaSolverCatalog.NameOf(kind));
                    w.Numbers("num_actions", payoffs.NumActions);
                    w.Numbers("distribution", d);
                    w.Numbers("values", values);
                    w.WriteNumber("welfare", values.Sum());
                    w.WriteNumber("ce_gap", ceGap);
                    w.WriteNumber("cce_gap", cceGap);
                    w.NumberOrNull("epsilon", solution.Epsilon);
                    w.WriteNumber("seconds", seconds);
                }));
                return 0;
            }

            var table = new Table().AddColumns("joint action", "probability");
            var actions = new int[payoffs.NumPlayers];
            for (int j = 0; j < d.Length; j++)
            {
                if (d[j] <= 0)
                {
                    continue;
                }

                for (int p = 0; p < actions.Length; p++)
                {
                    actions[p] = payoffs.ActionOf(j, p);
                }

                table.AddRow(Markup.Escape($"({string.Join(", ", actions.Select((a, p) => actionNames[p][a]))})"), F(d[j]));
            }

            ctx.Console.MarkupLine($"{Markup.Escape(name)}: [bold]{MetaSolverCatalog.NameOf(kind)}[/] in {seconds:F3} s");
            ctx.Console.Write(table);
            ctx.Console.MarkupLine($"values {string.Join(", ", values.Select(F))}; welfare [bold]{F(values.Sum())}[/]");
            ctx.Console.MarkupLine($"CE gap [bold]{F(ceGap)}[/], CCE gap [bold]{F(cceGap)}[/]");
            return 0;
        });
        return cmd;
    }

    /// <summary>A payoff file when the argument names an existing file, else a normal-form game spec.</summary>
    public static (string Name, PayoffTensor Payoffs, IReadOnlyList<IReadOnlyList<string>> ActionNames) Load(string specOrFile)
    {
        if (File.Exists(specOrFile))
        {
            var (tensor, names) = NormalFormFile.Load(specOrFile);
            return (specOrFile, tensor, names);
        }

        if (specOrFile.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new GameRLException($"payoff file '{specOrFile}' does not exist");
        }

        var game = GameCatalog.Load(specOrFile);
        return game is NormalFormGame nf
            ? (game.Spec, nf.Payoffs, nf.ActionNames)
            : throw new GameRLException($"'{game.Spec}' is not a normal-form game; ce needs a payoff tensor (a normal-form spec or a payoff JSON file)");
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
