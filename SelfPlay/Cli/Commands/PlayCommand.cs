using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GameRL.Agents;
using GameRL.Agents.Episodes;
using GameRL.Games.Api;
using Spectre.Console;

namespace GameRL.Cli.Commands;

/// <summary>
/// <c>gamerl play &lt;spec&gt; --agents A,B --episodes N</c>: plays agents against each other and reports the mean return with a
/// 95% confidence interval (cooperative games: <c>mean_score</c>, <c>score_ci95</c>) or wins, draws and losses per seat
/// (games with results), optionally drawing every step and writing a replay.
/// </summary>
internal static class PlayCommand
{
    public static Command Create(CliContext ctx)
    {
        var spec = CommonOptions.Spec();
        var agents = new Option<string>("--agents") { Description = "comma-separated agent names, one per seat (e.g. rule,rule)", Required = true };
        var episodes = new Option<int>("--episodes") { Description = "number of episodes", DefaultValueFactory = _ => 1 };
        var seed = CommonOptions.Seed();
        var render = new Option<bool>("--render") { Description = "draw every step of every episode" };
        var replay = new Option<string?>("--replay") { Description = "write every episode to this JSON replay file (atomically)" };
        var json = CommonOptions.Json();
        var cmd = new Command("play", "play agents against each other and report scores or win rates") { spec, agents, episodes, seed, render, replay, json };
        cmd.SetAction(r =>
        {
            var game = GameCatalog.Load(r.GetValue(spec)!);
            string[] names = [.. r.GetValue(agents)!.Split(',', StringSplitOptions.TrimEntries)];
            if (names.Length != game.NumPlayers)
            {
                throw new GameRLException($"{game.Spec} has {game.NumPlayers} players but --agents names {names.Length}: {string.Join(",", names)}");
            }

            int n = r.GetValue(episodes);
            if (n < 1)
            {
                throw new GameRLException($"--episodes must be at least 1, got {n}");
            }

            var seats = names.Select(name => AgentCatalog.Create(name, game)).ToList();
            var runner = new EpisodeRunner(game, seats);
            var stats = new EpisodeStatistics(game.NumPlayers);
            var recorded = new List<ReplayEpisode>();
            long runSeed = r.GetValue(seed);
            bool draw = r.GetValue(render);
            string? replayPath = r.GetValue(replay);
            for (int i = 0; i < n; i++)
            {
                ctx.Cancellation.ThrowIfCancellationRequested();
                int step = 0;
                if (draw)
                {
                    ctx.Console.MarkupLine($"[bold underline]episode {i}[/]");
                }

                var record = runner.Play(runSeed, i, draw ? (s, mover, a) => StateRenderer.Render(ctx, s, mover, a, step++) : null);
                stats.Add(record);
                if (replayPath is not null)
                {
                    recorded.Add(ReplayEpisode.From(record));
                }
            }

            if (replayPath is not null)
            {
                ReplayIo.Save(new ReplayFile(1, game.Spec, names, runSeed, recorded), replayPath);
            }

            if (r.GetValue(json))
            {
                ctx.Out.WriteLine(JsonOut.Object(w => WriteJson(w, game, names, stats, runSeed)));
            }
            else
            {
                WriteText(ctx, game, names, stats);
            }

            return 0;
        });
        return cmd;
    }

    private static void WriteJson(Utf8JsonWriter w, IGame game, string[] names, EpisodeStatistics stats, long seed)
    {
        w.WriteString("game", game.Spec);
        w.WriteNumber("episodes", stats.Episodes);
        w.WriteStartArray("agents");
        foreach (string name in names)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WriteNumber("seed", seed);
        var seats = Enumerable.Range(0, game.NumPlayers).ToList();
        if (stats.HasResults)
        {
            w.Numbers("wins", stats.Wins);
            w.Numbers("draws", stats.Draws);
            w.Numbers("losses", stats.Losses);
            w.Numbers("win_rate", seats.Select(p => (double)stats.Wins[p] / stats.Episodes));
            w.Numbers("win_rate_ci95", seats.Select(stats.WinRateCi95));
        }

        if (game.Utility == UtilityKind.Identical)
        {
            w.WriteNumber("mean_score", stats.Mean(0));
            w.WriteNumber("score_ci95", stats.Ci95(0));
        }
        else
        {
            w.Numbers("mean_returns", seats.Select(stats.Mean));
            w.Numbers("returns_ci95", seats.Select(stats.Ci95));
        }

        w.WriteNumber("mean_length", stats.MeanLength);
    }

    private static void WriteText(CliContext ctx, IGame game, string[] names, EpisodeStatistics stats)
    {
        ctx.Console.MarkupLine($"{Markup.Escape(game.Spec)}: {stats.Episodes} episodes, agents {Markup.Escape(string.Join(", ", names))}, mean length {F(stats.MeanLength)}");
        if (game.Utility == UtilityKind.Identical)
        {
            ctx.Console.MarkupLine($"mean score [bold]{F(stats.Mean(0))}[/] ± {F(stats.Ci95(0))} (95% CI)");
            return;
        }

        var table = new Table().AddColumns("seat", "agent", "wins", "draws", "losses", "win rate", "mean return");
        for (int p = 0; p < game.NumPlayers; p++)
        {
            table.AddRow(
                p.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(names[p]),
                stats.Wins[p].ToString(CultureInfo.InvariantCulture),
                stats.Draws[p].ToString(CultureInfo.InvariantCulture),
                stats.Losses[p].ToString(CultureInfo.InvariantCulture),
                $"{F((double)stats.Wins[p] / stats.Episodes)} ± {F(stats.WinRateCi95(p))}",
                $"{F(stats.Mean(p))} ± {F(stats.Ci95(p))}");
        }

        ctx.Console.Write(table);
    }

    private static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
