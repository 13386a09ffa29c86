using System.CommandLine;

namespace GameRL.Cli.Commands;

/// <summary>
/// <c>gamerl bench</c>: speed measurements. Without a subcommand (or with <c>bench solvers</c>) it times the tabular
/// solvers; <c>bench envs</c> times the batched environments.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext ctx)
    {
        var cmd = new Command("bench", "measure speed (default: time per iteration of the tabular solvers)");
        BenchSolversCommand.Configure(cmd, ctx);
        var solvers = new Command("solvers", "time per iteration of each algorithm, median of repeated runs");
        BenchSolversCommand.Configure(solvers, ctx);
        cmd.Subcommands.Add(solvers);
        cmd.Subcommands.Add(BenchEnvsCommand.Create(ctx));
        return cmd;
    }
}
