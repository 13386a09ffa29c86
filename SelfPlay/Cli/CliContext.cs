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

        bool errInteractive = ReferenceEquals(error, System.Console.Error) && !System.Console.IsErrorRedirected;
        ErrConsole = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = errInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = errInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = errInteractive ? InteractionSupport.Yes : InteractionSupport.No,
        });
    }

    /// <summary>A Spectre console over the error stream, for progress bars that must not mix with JSON on stdout.</summary>
    public IAnsiConsole ErrConsole { get; }

    /// <summary>True when progress bars on stderr can redraw in place.</summary>
    public bool IsErrInteractive => ErrConsole.Profile.Capabilities.Interactive;

    public TextWriter Out { get; }

    public TextWriter Err { get; }

    public IAnsiConsole Console { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>True when progress bars can redraw in place (a terminal, not a pipe or a test).</summary>
    public bool IsInteractive => Console.Profile.Capabilities.Interactive;
}
