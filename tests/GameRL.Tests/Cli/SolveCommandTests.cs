using System.Text.Json;

namespace GameRL.Tests.Cli;

/// <summary><c>gamerl solve</c> with the iterative solvers: JSON keys, curve files, resume, errors.</summary>
public sealed class SolveCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gamerl-solve").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void JsonReportsTheIssueKeys()
    {
        var (code, output, _) = CliRunner.Run("solve", "kuhn_poker", "--algo", "cfr+", "--iters", "200", "--json");
        Assert.Equal(0, code);
        var j = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            ["game", "algo", "iterations", "iterate", "exploitability", "nash_conv", "values", "seconds", "ms_per_iteration"],
            j.EnumerateObject().Select(p => p.Name));
        Assert.Equal("cfr+", j.GetProperty("algo").GetString());
        Assert.Equal(200, j.GetProperty("iterations").GetInt32());
        Assert.Equal("average", j.GetProperty("iterate").GetString());
        Assert.True(j.GetProperty("exploitability").GetDouble() <= 1e-3);
    }

    [Fact]
    public void MmdReportsItsLastIterate()
    {
        var (code, output, _) = CliRunner.Run("solve", "kuhn_poker", "--algo", "mmd", "--iters", "100", "--json");
        Assert.Equal(0, code);
        Assert.Equal("last", JsonDocument.Parse(output).RootElement.GetProperty("iterate").GetString());
    }

    [Fact]
    public void CurveAndPlotAreWritten()
    {
        string csv = Path.Combine(_dir, "c.csv");
        string png = Path.Combine(_dir, "c.png");
        var (code, _, _) = CliRunner.Run("solve", "kuhn_poker", "--algo", "cfr", "--iters", "100", "--eval-every", "10", "--curve", csv, "--plot", png);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("iteration,seconds,exploitability_average,exploitability_last", lines[0]);
        Assert.Equal(11, lines.Length);
        Assert.StartsWith("100,", lines[^1], StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(png)[..4]);
        Assert.Equal(2, Directory.GetFiles(_dir).Length);
    }

    [Theory]
    [InlineData("dcfr")]
    [InlineData("mmd")]
    public void ResumingFromACheckpointGivesTheUninterruptedBits(string algo)
    {
        string ckpt = Path.Combine(_dir, "run.ckpt");
        var (_, straight, _) = CliRunner.Run("solve", "kuhn_poker", "--algo", algo, "--iters", "120", "--seed", "3", "--json");
        var (code1, _, _) = CliRunner.Run("solve", "kuhn_poker", "--algo", algo, "--iters", "50", "--seed", "3", "--checkpoint", ckpt, "--json");
        Assert.Equal(0, code1);
        var (code2, resumed, _) = CliRunner.Run("solve", "kuhn_poker", "--algo", algo, "--iters", "120", "--seed", "3", "--resume", ckpt, "--json");
        Assert.Equal(0, code2);
        double Gap(string s) => JsonDocument.Parse(s).RootElement.GetProperty("exploitability").GetDouble();
        Assert.Equal(Gap(straight), Gap(resumed));
        Assert.Equal(120, JsonDocument.Parse(resumed).RootElement.GetProperty("iterations").GetInt32());
    }

    [Theory]
    [InlineData("unknown algorithm 'nope'", "--algo", "nope")]
    [InlineData("exclude each other", "--algo", "cfr", "--alternating", "--simultaneous")]
    [InlineData("--iters must be at least 1", "--algo", "cfr", "--iters", "0")]
    [InlineData("unknown --schedule", "--algo", "mmd", "--schedule", "wobbly")]
    [InlineData("unknown --regularizer", "--algo", "ftrl", "--regularizer", "l3")]
    [InlineData("eta must be a positive number", "--algo", "ftrl", "--eta", "-1")]
    [InlineData("cannot read checkpoint", "--algo", "cfr", "--resume", "/nonexistent/x.ckpt")]
    [InlineData("needs a two-player zero-sum game", "--algo", "balanced-ftrl")]
    public void BadSolverInputIsOneLineAndExitCodeTwo(string expected, params string[] args)
    {
        string spec = expected.Contains("two-player", StringComparison.Ordinal) ? "kuhn_poker(players=3)" : "kuhn_poker";
        string policy = Path.Combine(_dir, "p.json");
        var (code, output, error) = CliRunner.Run(["solve", spec, .. args, "--out", policy]);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Equal(string.Empty, output);
        Assert.False(File.Exists(policy));
    }

    [Fact]
    public void ResumingTrajectoryFtrlWithAnotherPlannedLengthIsRefused()
    {
        string ckpt = Path.Combine(_dir, "run.ckpt");
        Assert.Equal(0, CliRunner.Run("solve", "kuhn_poker", "--algo", "adaptive-ftrl", "--iters", "50", "--checkpoint", ckpt).Code);
        var (code, _, error) = CliRunner.Run("solve", "kuhn_poker", "--algo", "adaptive-ftrl", "--iters", "120", "--resume", ckpt);
        Assert.Equal(2, code);
        Assert.Contains("iterations=50 in the checkpoint, iterations=120 now", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BenchListsEveryRequestedCase()
    {
        var (code, output, _) = CliRunner.Run("bench", "--games", "kuhn_poker", "--algos", "cfr,mmd", "--repeats", "1", "--seconds", "0.01", "--json");
        Assert.Equal(0, code);
        var results = JsonDocument.Parse(output).RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["cfr", "mmd"], results.Select(r => r.GetProperty("algo").GetString()));
        Assert.All(results, r => Assert.True(r.GetProperty("ms_per_iteration").GetDouble() > 0));
    }
}
