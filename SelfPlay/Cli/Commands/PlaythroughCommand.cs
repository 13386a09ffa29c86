using System.CommandLine;
using GameRL.Games.Api;
using GameRL.Games.Playthroughs;

namespace GameRL.Cli.Commands;

/// <summary><c>gamerl playthrough &lt;spec&gt; --seed S</c>: prints a seeded random game, every state in full.</summary>
internal static class PlaythroughCommand
{
    public static Command Create(CliContext ctx)
    {
        var spec = CommonOptions.Spec();
        var seed = CommonOptions.Seed();
        var cmd = new Command("playthrough", "print one seeded random game with every state (golden-file format)") { spec, seed };
        cmd.SetAction(r =>
        {
            ctx.Out.Write(PlaythroughWriter.Write(GameCatalog.Load(r.GetValue(spec)!), r.GetValue(seed)));
            return 0;
        });
        return cmd;
    }
}
