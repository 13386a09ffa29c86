using Spectre.Console;

namespace GameRL.Cli;

/// <summary>Where a command writes: plain text writers (tests pass string writers) and a Spectre console over them.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        Out = output;
        Err = error;
        Cancellation = cancellation;
        bool interactive = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            Console.Profile.Width = 160;
        }
    }

    public TextWriter Out { get; }

    public TextWriter Err { get; }

    public IAnsiConsole Console { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>True when progress bars can redraw in place (a terminal, not a pipe or a test).</summary>
    public bool IsInteractive => Console.Profile.Capabilities.Interactive;
}
