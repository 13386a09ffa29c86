using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GameRL.Games.Api;
using GameRL.Games.Batched;
using Spectre.Console;

namespace GameRL.Cli.Commands;

/// <summary>
/// <c>gamerl bench envs</c>: single-thread batched stepping with uniformly random legal actions, per game. A step is one
/// transition of one environment (all its actors act), including writing every actor's observation and legal mask; the
/// random choice of actions is timed too.
/// </summary>
internal static class BenchEnvsCommand
{
    public static readonly string[] DefaultGames = ["hanabi_lite", "hanabi_lite(preset=full)", "pommerman_lite", "pommerman_lite(mode=ffa)"];

    public static Command Create(CliContext ctx)
    {
        var games = new Option<string[]>("--game") { Description = "game spec to measure (repeatable; default: hanabi_lite small and full, pommerman_lite one_vs_one and ffa)", AllowMultipleArgumentsPerToken = false };
        var batch = new Option<int>("--batch") { Description = "environments stepped together", DefaultValueFactory = _ => 256 };
        var seconds = new Option<double>("--seconds") { Description = "measuring time per game", DefaultValueFactory = _ => 3.0 };
        var seed = CommonOptions.Seed();
        var json = CommonOptions.Json();
        var cmd = new Command("envs", "steps per second of the batched environments on one core") { games, batch, seconds, seed, json };
        cmd.SetAction(r =>
        {
            string[] specs = r.GetValue(games) is { Length: > 0 } g ? g : DefaultGames;
            int b = r.GetValue(batch);
            double s = r.GetValue(seconds);
            if (b < 1 || !(s > 0))
            {
                throw new GameRLException($"--batch must be ≥ 1 and --seconds > 0 (got {b} and {s})");
            }

            var rows = new List<(string Spec, int ObservationSize, long Steps, double Seconds, double CpuSeconds)>();
            foreach (string spec in specs)
            {
                var game = GameCatalog.Load(spec);
                if (game is not IBatchedGame batched)
                {
                    throw new GameRLException($"{game.Spec} has no batched environment");
                }

                var env = batched.CreateBatched(b, r.GetValue(seed));
                var (steps, elapsed, cpu) = Measure(env, s, ctx.Cancellation);
                rows.Add((game.Spec, env.ObservationSize, steps, elapsed, cpu));
            }

            if (r.GetValue(json))
            {
                ctx.Out.WriteLine(JsonOut.Object(w =>
                {
                    w.WriteNumber("batch", b);
                    w.WriteStartArray("games");
                    foreach (var row in rows)
                    {
                        w.WriteStartObject();
                        w.WriteString("game", row.Spec);
                        w.WriteNumber("observation_size", row.ObservationSize);
                        w.WriteNumber("steps", row.Steps);
                        w.WriteNumber("seconds", row.Seconds);
                        w.WriteNumber("steps_per_second", row.Steps / row.Seconds);
                        w.WriteNumber("cpu_seconds", row.CpuSeconds);
                        w.WriteNumber("steps_per_cpu_second", row.Steps / row.CpuSeconds);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }));
            }
            else
            {
                var table = new Table().AddColumns("game", "obs floats", "steps", "seconds", "steps/s", "steps/CPU-s");
                foreach (var row in rows)
                {
                    table.AddRow(
                        Markup.Escape(row.Spec),
                        row.ObservationSize.ToString(CultureInfo.InvariantCulture),
                        row.Steps.ToString("N0", CultureInfo.InvariantCulture),
                        row.Seconds.ToString("F2", CultureInfo.InvariantCulture),
                        (row.Steps / row.Seconds).ToString("N0", CultureInfo.InvariantCulture),
                        (row.Steps / row.CpuSeconds).ToString("N0", CultureInfo.InvariantCulture));
                }

                ctx.Console.Write(table);
            }

            return 0;
        });
        return cmd;
    }

    /// <summary>
    /// Steps <paramref name="env"/> with random legal actions for about <paramref name="seconds"/> after a short warm-up;
    /// returns the steps, the wall-clock seconds and the CPU seconds this thread used (on a shared machine the CPU time
    /// excludes the time other processes held the core).
    /// </summary>
    public static (long Steps, double Seconds, double CpuSeconds) Measure(IBatchedEnvironment env, double seconds, CancellationToken cancellation)
    {
        var actions = new int[env.BatchSize * env.ActorsPerEnvironment];
        ulong rng = 12345;
        RunFor(env, actions, ref rng, Math.Min(0.5, seconds / 4), cancellation);
        return RunFor(env, actions, ref rng, seconds, cancellation);
    }

    private static (long Steps, double Seconds, double CpuSeconds) RunFor(IBatchedEnvironment env, int[] actions, ref ulong rng, double seconds, CancellationToken cancellation)
    {
        long steps = 0;
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            cancellation.ThrowIfCancellationRequested();
            for (int i = 0; i < 16; i++)
            {
                RandomLegalActions(env, actions, ref rng);
                env.Step(actions);
                steps += env.BatchSize;
            }
        }

        double wall = clock.Elapsed.TotalSeconds;
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
        return (steps, wall, cpu);
    }

    /// <summary>Fills <paramref name="actions"/> with a uniformly random legal action per actor slot.</summary>
    public static void RandomLegalActions(IBatchedEnvironment env, Span<int> actions, ref ulong rng)
    {
        var mask = env.LegalActionMask;
        int a = env.NumActions;
        for (int slot = 0; slot < actions.Length; slot++)
        {
            var m = mask.Slice(slot * a, a);
            int legal = 0;
            foreach (byte bit in m)
            {
                legal += bit;
            }

            int k = SplitMix64.NextInt(ref rng, legal);
            for (int i = 0; i < a; i++)
            {
                if (m[i] != 0 && k-- == 0)
                {
                    actions[slot] = i;
                    break;
                }
            }
        }
    }
}
