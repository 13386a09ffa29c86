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
            GameTree? tree = null;
            string? note = null;
            if (!game.IsEnumerable)
            {
                note = "too large to enumerate: counts are unknown";
            }
            else
            {
                try
                {
                    tree = GameTree.Build(game, r.GetValue(max));
                }
                catch (GameRLException e) when (e.Message.Contains("too large", StringComparison.Ordinal))
                {
                    note = e.Message;
                }
            }

            if (r.GetValue(json))
            {
                ctx.Out.WriteLine(JsonOut.Object(w => WriteJson(w, game, tree, note)));
            }
            else
            {
                WriteText(ctx, game, tree, note);
            }

            return 0;
        });
        return cmd;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, IGame game, GameTree? tree, string? note)
    {
        w.WriteString("game", game.Spec);
        w.WriteNumber("players", game.NumPlayers);
        w.WriteNumber("num_distinct_actions", game.NumDistinctActions);
        w.NumberOrNull("chance_histories", (long?)tree?.ChanceNodes);
        w.NumberOrNull("decision_histories", (long?)tree?.DecisionNodes);
        w.NumberOrNull("terminal_histories", (long?)tree?.TerminalNodes);
        w.NumberOrNull("total_histories", (long?)tree?.NumNodes);
        if (tree is null)
        {
            w.WriteNull("infosets");
        }
        else
        {
            w.Numbers("infosets", Enumerable.Range(0, game.NumPlayers).Select(tree.NumInfosetsOf));
        }

        w.NumberOrNull("depth", (long?)tree?.Depth);
        w.WriteStartArray("utility_range");
        w.WriteNumberValue(tree?.MinTerminalUtility ?? game.MinUtility);
        w.WriteNumberValue(tree?.MaxTerminalUtility ?? game.MaxUtility);
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

    private static void WriteText(CliContext ctx, IGame game, GameTree? tree, string? note)
    {
        var table = new Table().AddColumns("property", "value").HideHeaders();
        string N(long? v) => v?.ToString("N0", CultureInfo.InvariantCulture) ?? "unknown";
        table.AddRow("game", Markup.Escape(game.Spec));
        table.AddRow("players", game.NumPlayers.ToString(CultureInfo.InvariantCulture));
        table.AddRow("distinct actions", game.NumDistinctActions.ToString(CultureInfo.InvariantCulture));
        table.AddRow("chance histories", N(tree?.ChanceNodes));
        table.AddRow("decision histories", N(tree?.DecisionNodes));
        table.AddRow("terminal histories", N(tree?.TerminalNodes));
        table.AddRow("total histories", N(tree?.NumNodes));
        table.AddRow("infosets per player", tree is null ? "unknown" : string.Join(" + ", Enumerable.Range(0, game.NumPlayers).Select(p => N(tree.NumInfosetsOf(p)))));
        table.AddRow("depth", N(tree?.Depth));
        table.AddRow("utility range", Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"[{tree?.MinTerminalUtility ?? game.MinUtility}, {tree?.MaxTerminalUtility ?? game.MaxUtility}]")));
        table.AddRow("information-state shape", game.InformationStateTensorShape is { } s ? Markup.Escape($"[{string.Join(", ", s)}]") : "none");
        table.AddRow("observation shape", game.ObservationTensorShape is { } o ? Markup.Escape($"[{string.Join(", ", o)}]") : "none");
        ctx.Console.Write(table);
        if (note is not null)
        {
            ctx.Console.MarkupLine($"[yellow]{Markup.Escape(note)}[/]");
        }
    }
}
