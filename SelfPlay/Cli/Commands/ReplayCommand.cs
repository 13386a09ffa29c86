using System.CommandLine;
using GameRL.Agents.Episodes;
using GameRL.Games.Api;
using Spectre.Console;

namespace GameRL.Cli.Commands;

/// <summary>
/// <c>gamerl replay FILE [--episode K]</c>: plays a replay written by <c>play --replay</c> back, drawing every step, and checks
/// that the recorded moves are legal and reproduce the recorded returns.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create(CliContext ctx)
    {
        var file = new Argument<string>("file") { Description = "a replay JSON file written by gamerl play --replay" };
        var episode = new Option<int?>("--episode") { Description = "play back only this episode (default: all)" };
        var quiet = new Option<bool>("--quiet") { Description = "check the replay without drawing the steps" };
        var cmd = new Command("replay", "play a recorded replay back step by step") { file, episode, quiet };
        cmd.SetAction(r =>
        {
            string path = r.GetValue(file)!;
            var replay = ReplayIo.Load(path);
            var game = GameCatalog.Load(replay.Game);
            int? only = r.GetValue(episode);
            var chosen = replay.Episodes.Where(e => only is null || e.Index == only).ToList();
            if (chosen.Count == 0)
            {
                throw new GameRLException($"replay '{path}' has no episode {only}; it has {replay.Episodes.Count} episodes (0..{replay.Episodes.Count - 1})");
            }

            bool draw = !r.GetValue(quiet);
            foreach (var e in chosen)
            {
                ctx.Cancellation.ThrowIfCancellationRequested();
                int step = 0;
                if (draw)
                {
                    ctx.Console.MarkupLine($"[bold underline]episode {e.Index}[/] of {Markup.Escape(game.Spec)} ({Markup.Escape(string.Join(" vs ", replay.Agents))})");
                }

                var final = ReplayIo.Play(game, e, draw ? (s, mover, a) => StateRenderer.Render(ctx, s, mover, a, step++) : null);
                string results = e.Results is null ? string.Empty : $" results [[{string.Join(", ", e.Results)}]]";
                ctx.Console.MarkupLine($"episode {e.Index}: {e.Steps.Length} steps, returns [[{string.Join(", ", final.Returns())}]]{results}, reproduced");
            }

            return 0;
        });
        return cmd;
    }
}
