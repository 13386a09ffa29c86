using System.CommandLine;
using System.Globalization;
using GameRL.Games.Api;
using GameRL.Games.Tree;
using Spectre.Console;

namespace GameRL.Cli.Commands;

/// <summary><c>gamerl info &lt;spec&gt;</c>: sizes of a game's tree (histories by kind, infosets, depth, utility range).</summary>
internal static class InfoCommand
{
    public static Command Create(CliContext ctx)
    {
        var spec = CommonOptions.Spec();
        var json = CommonOptions.Json();
        var max = new Option<long>("--max-histories")
        {
            Description = "give up counting beyond this many histories",
            DefaultValueFactory = _ => GameTree.DefaultMaxNodes,
        };
        var cmd = new Command("info", "count histories and infosets of a game") { spec, json, max };
        cmd.SetAction(r =>
        {
            var game = GameCatalog.Load(r.GetValue(spec)!);
            GameSizes? sizes = null;
            (double Min, double Max) range = (game.MinUtility, game.MaxUtility);
            string? note = null;
            if (!game.IsEnumerable)
            {
                note = "too large to enumerate: counts are unknown";
            }
            else if (game is ISizedGame sized && sized.ExactSizes() is { } exact)
            {
                sizes = exact;
            }
            else
            {
                try
                {
                    var tree = GameTree.Build(game, r.GetValue(max));
                    sizes = new GameSizes(tree.ChanceNodes, tree.DecisionNodes, tree.TerminalNodes, Enumerable.Range(0, game.NumPlayers).Select(p => (long)tree.NumInfosetsOf(p)).ToArray(), tree.Depth);
                    range = (tree.MinTerminalUtility, tree.MaxTerminalUtility);
                }
                catch (GameRLException e) when (e.Message.Contains("too large", StringComparison.Ordinal))
                {
                    note = e.Message;
                }
            }

            if (r.GetValue(json))
            {
                ctx.Out.WriteLine(JsonOut.Object(w => WriteJson(w, game, sizes, range, note)));
            }
            else
            {
                WriteText(ctx, game, sizes, range, note);
            }

            return 0;
        });
        return cmd;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, IGame game, GameSizes? sizes, (double Min, double Max) range, string? note)
    {
        w.WriteString("game", game.Spec);
        w.WriteNumber("players", game.NumPlayers);
        w.WriteNumber("num_distinct_actions", game.NumDistinctActions);
        w.NumberOrNull("chance_histories", sizes?.ChanceHistories);
        w.NumberOrNull("decision_histories", sizes?.DecisionHistories);
        w.NumberOrNull("terminal_histories", sizes?.TerminalHistories);
        w.NumberOrNull("total_histories", sizes?.TotalHistories);
        if (sizes is null)
        {
            w.WriteNull("infosets");
        }
        else
        {
            w.WriteStartArray("infosets");
            foreach (long i in sizes.Infosets)
            {
                w.WriteNumberValue(i);
            }

            w.WriteEndArray();
        }

        w.NumberOrNull("depth", (long?)sizes?.Depth);
        w.WriteStartArray("utility_range");
        w.WriteNumberValue(range.Min);
        w.WriteNumberValue(range.Max);
        w.WriteEndArray();
        WriteShape(w, "information_state_shape", game.InformationStateTensorShape);
        WriteShape(w, "observation_shape", game.ObservationTensorShape);
        if (note is not null)
        {
            w.WriteString("note", note);
        }
    }

    private static void WriteShape(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyList<int>? shape)
    {
        if (shape is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.Numbers(name, shape);
        }
    }

    private static void WriteText(CliContext ctx, IGame game, GameSizes? sizes, (double Min, double Max) range, string? note)
    {
        var table = new Table().AddColumns("property", "value").HideHeaders();
        string N(long? v) => v?.ToString("N0", CultureInfo.InvariantCulture) ?? "unknown";
        table.AddRow("game", Markup.Escape(game.Spec));
        table.AddRow("players", game.NumPlayers.ToString(CultureInfo.InvariantCulture));
        table.AddRow("distinct actions", game.NumDistinctActions.ToString(CultureInfo.InvariantCulture));
        table.AddRow("chance histories", N(sizes?.ChanceHistories));
        table.AddRow("decision histories", N(sizes?.DecisionHistories));
        table.AddRow("terminal histories", N(sizes?.TerminalHistories));
        table.AddRow("total histories", N(sizes?.TotalHistories));
        table.AddRow("infosets per player", sizes is null ? "unknown" : string.Join(" + ", sizes.Infosets.Select(i => N(i))));
        table.AddRow("depth", N(sizes?.Depth));
        table.AddRow("utility range", Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"[{range.Min}, {range.Max}]")));
        table.AddRow("information-state shape", game.InformationStateTensorShape is { } s ? Markup.Escape($"[{string.Join(", ", s)}]") : "none");
        table.AddRow("observation shape", game.ObservationTensorShape is { } o ? Markup.Escape($"[{string.Join(", ", o)}]") : "none");
        ctx.Console.Write(table);
        if (note is not null)
        {
            ctx.Console.MarkupLine($"[yellow]{Markup.Escape(note)}[/]");
        }
    }
}
