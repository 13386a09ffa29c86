using System.CommandLine;
using GameRL.Games.Api;
using Spectre.Console;

namespace GameRL.Cli.Commands;

/// <summary><c>gamerl games</c>: the catalog with every game's parameters.</summary>
internal static class GamesCommand
{
    public static Command Create(CliContext ctx)
    {
        var json = CommonOptions.Json();
        var cmd = new Command("games", "list the games and their parameters") { json };
        cmd.SetAction(r =>
        {
            if (r.GetValue(json))
            {
                ctx.Out.WriteLine(JsonOut.Object(w =>
                {
                    w.WriteStartArray("games");
                    foreach (var d in GameCatalog.Definitions)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", d.ShortName);
                        w.WriteString("long_name", d.LongName);
                        w.WriteString("description", d.Description);
                        w.WriteStartArray("parameters");
                        foreach (var p in d.ParameterSpecs)
                        {
                            w.WriteStartObject();
                            w.WriteString("name", p.Name);
                            w.WriteString("type", p.Kind.ToString().ToLowerInvariant());
                            w.WriteString("default", p.Default is null ? null : GameParameters.FormatValue(p.Default));
                            w.WriteString("range", p.RangeText);
                            w.WriteString("description", p.Description);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }));
                return 0;
            }

            var table = new Table().AddColumns("game", "parameters (default, range)", "description");
            foreach (var d in GameCatalog.Definitions)
            {
                string ps = d.ParameterSpecs.Count == 0 ? "-" : string.Join("\n", d.ParameterSpecs.Select(p =>
                    $"{p.Name}={(p.Default is null ? "auto" : GameParameters.FormatValue(p.Default))}{(p.RangeText.Length > 0 && p.Kind != ParameterKind.String ? $" [{p.RangeText}]" : string.Empty)}"));
                table.AddRow(Markup.Escape(d.ShortName), Markup.Escape(ps), Markup.Escape(d.Description));
            }

            ctx.Console.Write(table);
            return 0;
        });
        return cmd;
    }
}
