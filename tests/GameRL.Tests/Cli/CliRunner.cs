using GameRL.Cli;

namespace GameRL.Tests.Cli;

/// <summary>Runs <c>gamerl</c> in-process and captures its output.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = GamerlApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
