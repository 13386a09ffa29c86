using System.Text.Json;
using GameRL.Cli;

namespace GameRL.Tests.Cli;

/// <summary>The <c>ce</c> and <c>jpsro</c> commands end to end, including their one-line errors with exit code 2.</summary>
public sealed class CorrelatedCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gamerl-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void CeJsonReportsTheMaxWelfareEquilibriumOfChicken()
    {
        var (code, stdout, _) = Run("ce", "chicken", "--solver", "mwce", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(10.5, root.GetProperty("welfare").GetDouble(), 1e-9);
        Assert.Equal(0, root.GetProperty("ce_gap").GetDouble(), 1e-9);
        var d = root.GetProperty("distribution").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(0.5, d[3], 1e-9);
    }

    [Fact]
    public void CeWithAlphaRankPutsAllMassOnMutualDefectionInPrisonersDilemma()
    {
        var (code, stdout, _) = Run("ce", "prisoners_dilemma", "--solver", "alpharank", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("alpharank", doc.RootElement.GetProperty("solver").GetString());
        var d = doc.RootElement.GetProperty("distribution").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal([0, 0, 0, 1], d);
    }

    [Fact]
    public void CeReadsAPayoffFile()
    {
        string file = Write("bos.json", """{"payoffs": [[[2, 0], [0, 1]], [[1, 0], [0, 2]]]}""");
        var (code, stdout, _) = Run("ce", file, "--solver", "mwcce", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(3, doc.RootElement.GetProperty("welfare").GetDouble(), 1e-9);
    }

    [Theory]
    [InlineData("""{"payoffs": [[[2, 0], [0]], [[1, 0], [0, 2]]]}""", "ragged")]
    [InlineData("""{"payoffs": [[[2, 0], [0, "NaN"]], [[1, 0], [0, 2]]]}""", "finite")]
    [InlineData("""{"payoffs": [[[2, 0], [0, NaN]], [[1, 0], [0, 2]]]}""", "not valid JSON")]
    public void BadPayoffFilesAreOneLineErrorsWithExitCodeTwo(string json, string expected)
    {
        string file = Write("bad.json", json);
        var (code, stdout, stderr) = Run("ce", file);
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ce", "chicken", "--solver", "maxwelfare")]
    [InlineData("jpsro", "kuhn_poker", "--train-meta", "nash")]
    [InlineData("jpsro", "kuhn_poker", "--target", "efce")]
    [InlineData("jpsro", "kuhn_poker", "--br-selection", "best")]
    [InlineData("ce", "kuhn_poker")]
    [InlineData("ce", "no_such_payoffs.json")]
    public void UnknownChoicesAreOneLineErrorsWithExitCodeTwo(params string[] args)
    {
        var (code, _, stderr) = Run(args);
        Assert.Equal(2, code);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void JpsroJsonHasPerIterationGapsAndWritesThePlotAndTheCorrelatedPolicy()
    {
        string png = Path.Combine(_dir, "gaps.png");
        string policy = Path.Combine(_dir, "policy.json");
        var (code, stdout, _) = Run("jpsro", "kuhn_poker", "--iters", "8", "--plot", png, "--out", policy, "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal("kuhn_poker()", root.GetProperty("game").GetString());
        var iterations = root.GetProperty("iterations");
        Assert.Equal(9, iterations.GetArrayLength());
        var first = iterations[0];
        Assert.Equal(0, first.GetProperty("iteration").GetInt32());
        Assert.Equal(2, first.GetProperty("train_gaps").GetArrayLength());
        Assert.Equal(2, first.GetProperty("eval_gaps").GetArrayLength());
        Assert.Equal(2, first.GetProperty("num_policies").GetArrayLength());
        Assert.Equal(0, root.GetProperty("final_eval_gap").GetDouble());
        Assert.True(root.GetProperty("marginal_exploitability").GetDouble() <= 1e-9);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
        using var saved = JsonDocument.Parse(File.ReadAllText(policy));
        Assert.True(saved.RootElement.GetProperty("eval_distribution").GetArrayLength() >= 1);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = GamerlApp.Run(args, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
