namespace GameRL.Cli;

/// <summary>The <c>gamerl</c> console entry point.</summary>
internal static class Program
{
    private static int Main(string[] args) => GamerlApp.Run(args, Console.Out, Console.Error);
}
