using System.Text.Json;
using GameRL.Tests.Support;

namespace GameRL.Tests.Cli;

/// <summary>The Foundation commands (<c>games, info, exploit, solve, playthrough</c>) and their error handling.</summary>
public class FoundationCommandTests
{
    [Fact]
    public void InfoOfKuhnReportsOpenSpielCounts()
    {
        var (code, output, _) = CliRunner.Run("info", "kuhn_poker", "--json");
        Assert.Equal(0, code);
        var j = JsonDocument.Parse(output).RootElement;
        Assert.Equal("kuhn_poker()", j.GetProperty("game").GetString());
        Assert.Equal(4, j.GetProperty("chance_histories").GetInt32());
        Assert.Equal(24, j.GetProperty("decision_histories").GetInt32());
        Assert.Equal(30, j.GetProperty("terminal_histories").GetInt32());
        Assert.Equal(58, j.GetProperty("total_histories").GetInt32());
        Assert.Equal([6, 6], j.GetProperty("infosets").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([11], j.GetProperty("information_state_shape").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void InfoOfAnOversizedGameSaysSoWithNullCounts()
    {
        var (code, output, _) = CliRunner.Run("info", "kuhn_poker(players=4)", "--json", "--max-histories", "100");
        Assert.Equal(0, code);
        var j = JsonDocument.Parse(output).RootElement;
        Assert.Equal(JsonValueKind.Null, j.GetProperty("total_histories").ValueKind);
        Assert.Equal(JsonValueKind.Null, j.GetProperty("infosets").ValueKind);
        Assert.Contains("too large", j.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void InfoCountsLeducVariantsFarTooLargeToEnumerate()
    {
        var (code, output, _) = CliRunner.Run("info", "leduc_poker(ranks=26,suits=4,max_raises=3)", "--json");
        Assert.Equal(0, code);
        var j = JsonDocument.Parse(output).RootElement;
        Assert.True(j.GetProperty("total_histories").GetInt64() > 100_000_000);
        Assert.Equal(2, j.GetProperty("infosets").GetArrayLength());
    }

    [Fact]
    public void InfoTextModePrintsShapesLiterally()
    {
        var (code, output, _) = CliRunner.Run("info", "kuhn_poker");
        Assert.Equal(0, code);
        Assert.Contains("[11]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExploitOfUniformKuhnIsElevenTwelfths()
    {
        var (code, output, _) = CliRunner.Run("exploit", "kuhn_poker", "--policy", "uniform", "--json");
        Assert.Equal(0, code);
        var j = JsonDocument.Parse(output).RootElement;
        Assert.Equal(11.0 / 12, j.GetProperty("nash_conv").GetDouble(), 1e-12);
        Assert.Equal(11.0 / 24, j.GetProperty("exploitability").GetDouble(), 1e-12);
        Assert.Equal(0.5, j.GetProperty("best_response_values")[0].GetDouble(), 1e-12);
        Assert.Equal(0.4166666666666667, j.GetProperty("best_response_values")[1].GetDouble(), 1e-12);
        Assert.Equal(2, j.GetProperty("on_policy_values").GetArrayLength());
    }

    [Fact]
    public void ExploitabilityIsNullWhereUndefined()
    {
        var (code, output, _) = CliRunner.Run("exploit", "tiny_hanabi", "--json");
        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(output).RootElement.GetProperty("exploitability").ValueKind);
    }

    [Fact]
    public void SolveWritesAPolicyThatExploitReadsBack()
    {
        string dir = Directory.CreateTempSubdirectory("gamerl-cli").FullName;
        try
        {
            string path = Path.Combine(dir, "kuhn.json");
            var (code, output, _) = CliRunner.Run("solve", "kuhn_poker", "--algo", "lp", "--out", path, "--json");
            Assert.Equal(0, code);
            var j = JsonDocument.Parse(output).RootElement;
            Assert.Equal(-1.0 / 18, j.GetProperty("values")[0].GetDouble(), 1e-12);
            Assert.True(j.GetProperty("seconds").GetDouble() >= 0);
            var (code2, output2, _) = CliRunner.Run("exploit", "kuhn_poker", "--policy", path, "--json");
            Assert.Equal(0, code2);
            Assert.True(JsonDocument.Parse(output2).RootElement.GetProperty("exploitability").GetDouble() <= 1e-12);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void GamesListsEveryGameWithItsParameters()
    {
        var (code, output, _) = CliRunner.Run("games", "--json");
        Assert.Equal(0, code);
        var games = JsonDocument.Parse(output).RootElement.GetProperty("games").EnumerateArray().ToList();
        var leduc = games.Single(g => g.GetProperty("name").GetString() == "leduc_poker");
        Assert.Contains(leduc.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "ranks");
    }

    [Fact]
    public void PlaythroughPrintsTheSeededGame()
    {
        var (code, output, _) = CliRunner.Run("playthrough", "kuhn_poker", "--seed", "1");
        Assert.Equal(0, code);
        Assert.Equal(GameRL.Games.Playthroughs.PlaythroughWriter.Write(GameRL.Games.Api.GameCatalog.Load("kuhn_poker"), 1), output);
    }

    public static TheoryData<string[], string> BadInputs() => new()
    {
        { ["info", "nope"], "unknown game 'nope'" },
        { ["info", "kuhn_poker(plyers=3)"], "unknown parameter 'plyers'" },
        { ["info", "kuhn_poker(players=1)"], "out of range 2..10" },
        { ["exploit", "kuhn_poker", "--policy", "/nonexistent/p.json"], "neither uniform" },
        { ["exploit", "kuhn_poker", "--policy", "@NAN"], "not valid policy JSON" },
        { ["exploit", "kuhn_poker", "--policy", "@NEG"], "invalid probability -0.5" },
        { ["exploit", "kuhn_poker", "--policy", "@GARBAGE"], "not valid policy JSON" },
        { ["exploit", "kuhn_poker(players=3)", "--policy", "@NEG"], "is for kuhn_poker()" },
        { ["solve", "chicken", "--algo", "lp"], "two-player zero- or constant-sum" },
        { ["solve", "kuhn_poker", "--algo", "magic"], "unknown algorithm 'magic'" },
        { ["info"], "Required argument missing" },
        { ["exploit", "kuhn_poker", "--seed", "x"], "x" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInputIsOneLineAndExitCodeTwo(string[] args, string expected)
    {
        string dir = Directory.CreateTempSubdirectory("gamerl-bad").FullName;
        try
        {
            string uniform = GameRL.Solvers.Policies.PolicyIo.ToJson(GameRL.Solvers.Policies.TabularPolicy.Uniform(Trees.Kuhn));
            var files = new Dictionary<string, string>
            {
                ["@NAN"] = uniform.Replace("0.5,", "NaN,", StringComparison.Ordinal),
                ["@NEG"] = ReplaceFirst(uniform, "0.5,", "-0.5,"),
                ["@GARBAGE"] = "{ this is not json",
            };
            string[] resolved = args.Select(a =>
            {
                if (!files.TryGetValue(a, out string? content))
                {
                    return a;
                }

                string path = Path.Combine(dir, a.TrimStart('@') + ".json");
                File.WriteAllText(path, content);
                return path;
            }).ToArray();
            string outFile = Path.Combine(dir, "out.json");
            var (code, output, error) = CliRunner.Run([.. resolved, .. resolved[0] == "solve" ? new[] { "--out", outFile } : []]);
            Assert.Equal(2, code);
            Assert.Contains(expected, error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.StartsWith("error: ", error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, output);
            Assert.False(File.Exists(outFile));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static string ReplaceFirst(string s, string from, string to)
    {
        int i = s.IndexOf(from, StringComparison.Ordinal);
        return string.Concat(s.AsSpan(0, i), to, s.AsSpan(i + from.Length));
    }
}
