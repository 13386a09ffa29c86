using System.CommandLine;
using GameRL.Cli.Commands;
using GameRL.Games.Api;

namespace GameRL.Cli;

/// <summary>
/// Builds the <c>gamerl</c> command tree and runs it. Every user error (bad spec, parameter, file, option) is one line
/// on stderr and exit code 2; a stack trace appears only with <c>--verbose</c>.
/// </summary>
internal static class GamerlApp
{
    public const int UserError = 2;

    public static readonly Option<bool> Verbose = new("--verbose") { Description = "print stack traces of errors", Recursive = true };

    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
    {
        var context = new CliContext(output, error, cancellation);
        var root = new RootCommand("GameRL: compute and learn equilibria of games.");
        root.Options.Add(Verbose);
        root.Subcommands.Add(GamesCommand.Create(context));
        root.Subcommands.Add(InfoCommand.Create(context));
        root.Subcommands.Add(ExploitCommand.Create(context));
        root.Subcommands.Add(SolveCommand.Create(context));
        root.Subcommands.Add(PlaythroughCommand.Create(context));
        root.Subcommands.Add(PlayCommand.Create(context));
        root.Subcommands.Add(ReplayCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(PlotCommand.Create(context));
        root.Subcommands.Add(DeviceCheckCommand.Create(context));
        root.Subcommands.Add(CeCommand.Create(context));
        root.Subcommands.Add(JpsroCommand.Create(context));

        ParseResult parsed = root.Parse(args);
        bool verbose = args.Contains("--verbose");
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"error: {parsed.Errors[0].Message}");
            return UserError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (GameRLException e)
        {
            error.WriteLine($"error: {e.Message}");
            if (verbose)
            {
                error.WriteLine(e.ToString());
            }

            return UserError;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("interrupted");
            return 130;
        }
        catch (Exception e) when (!verbose)
        {
            error.WriteLine($"error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
