using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Kernels;
using GameRL.Solvers.Tabular;

namespace GameRL.Cli.Commands;

/// <summary>
/// <c>gamerl device-check</c>: runs the same solver on the CPU driver and on a device backend and compares the policies
/// (the GPU session's equality check), printing the device, the largest difference and PASS or FAIL.
/// </summary>
internal static class DeviceCheckCommand
{
    public static Command Create(CliContext ctx)
    {
        var spec = new Option<string>("--game") { Description = "game spec", DefaultValueFactory = _ => "leduc_poker" };
        var algo = new Option<string>("--algo") { Description = "a local rule", DefaultValueFactory = _ => "cfr+" };
        var iters = new Option<int>("--iters") { Description = "iterations on both drivers", DefaultValueFactory = _ => 1000 };
        var tolerance = new Option<double>("--tolerance") { Description = "largest allowed policy difference", DefaultValueFactory = _ => 1e-12 };
        var backend = new BackendOptions();
        var cmd = new Command("device-check", "compare a device backend with the CPU driver") { spec, algo, iters, tolerance };
        backend.AddTo(cmd);
        cmd.SetAction(r =>
        {
            var where = BackendOptions.Parse(r.GetValue(backend.Backend)!);
            if (where == Backend.Cpu)
            {
                throw new GameRLException("device-check compares a device backend with the CPU: give --backend cuda or ilgpu-cpu");
            }

            var tree = GameTree.Build(GameCatalog.Load(r.GetValue(spec)!));
            var algorithm = SolverCatalog.Parse(r.GetValue(algo)!);
            int n = r.GetValue(iters);
            var cpu = SolverCatalog.Create(algorithm, tree);
            using var device = new BackendSolver(where, r.GetValue(backend.Device), algorithm, tree, new SolverOptions());
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < n; i++)
            {
                cpu.Iterate();
            }

            double cpuMs = clock.Elapsed.TotalMilliseconds / n;
            clock.Restart();
            for (int i = 0; i < n; i++)
            {
                device.Solver.Iterate();
            }

            device.Synchronize();
            double deviceMs = clock.Elapsed.TotalMilliseconds / n;
            double current = MaxDifference(cpu.CurrentPolicy().Probabilities, device.Solver.CurrentPolicy().Probabilities);
            double average = MaxDifference(cpu.AveragePolicy().Probabilities, device.Solver.AveragePolicy().Probabilities);
            double cpuGap = GameRL.Solvers.Evaluation.Exploitability.Evaluate(cpu.OutputPolicy()).NashConv;
            double deviceGap = device.Evaluate(device.Solver.OutputPolicy()).NashConv;
            bool pass = Math.Max(current, average) <= r.GetValue(tolerance);
            string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
            ctx.Out.WriteLine($"device: {device.DeviceName}");
            ctx.Out.WriteLine($"{tree.Game.Spec} ({tree.NumNodes} histories), {SolverCatalog.NameOf(algorithm)}, {n} iterations");
            ctx.Out.WriteLine($"max |current policy difference| {F(current)}, max |average policy difference| {F(average)}");
            ctx.Out.WriteLine($"NashConv cpu {F(cpuGap)}, device {F(deviceGap)}");
            ctx.Out.WriteLine($"ms per iteration (first run, compilation included on the device): cpu {cpuMs:F4}, device {deviceMs:F4}");
            ctx.Out.WriteLine(pass ? "PASS" : $"FAIL (tolerance {F(r.GetValue(tolerance))})");
            return pass ? 0 : 1;
        });
        return cmd;
    }

    private static double MaxDifference(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double max = 0;
        for (int i = 0; i < a.Length; i++)
        {
            max = Math.Max(max, Math.Abs(a[i] - b[i]));
        }

        return max;
    }
}
