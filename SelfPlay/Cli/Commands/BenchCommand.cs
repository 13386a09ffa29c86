using System.CommandLine;

namespace GameRL.Cli.Commands;

/// <summary><c>gamerl bench …</c>: the parent of the speed measurements (<c>bench envs</c>).</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext ctx)
    {
        var cmd = new Command("bench", "measure speed on this machine");
        cmd.Subcommands.Add(BenchEnvsCommand.Create(ctx));
        return cmd;
    }
}
