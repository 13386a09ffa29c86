using System.Text.Json;
using GameRL.Cli;
using GameRL.Cli.Commands;
using GameRL.Games.Api;
using GameRL.Games.Batched;

namespace GameRL.Tests.SelfPlay.Cli;

/// <summary>The play, replay and bench envs commands (no timing is asserted).</summary>
public class PlayCommandTests
{
    [Fact]
    public void PlayingHanabiReportsMeanScoreWithConfidenceInterval()
    {
        var (code, output, _) = Run("play", "hanabi_lite", "--agents", "rule,rule", "--episodes", "20", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(["game", "episodes", "agents", "seed", "mean_score", "score_ci95", "mean_length"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(20, root.GetProperty("episodes").GetInt32());
        Assert.InRange(root.GetProperty("mean_score").GetDouble(), 0, 10);
    }

    [Fact]
    public void PlayingPommermanReportsWinsDrawsAndLossesPerSeat()
    {
        var (code, output, _) = Run("play", "pommerman_lite", "--agents", "simple,static", "--episodes", "3", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        int[] wins = [.. root.GetProperty("wins").EnumerateArray().Select(x => x.GetInt32())];
        int[] draws = [.. root.GetProperty("draws").EnumerateArray().Select(x => x.GetInt32())];
        int[] losses = [.. root.GetProperty("losses").EnumerateArray().Select(x => x.GetInt32())];
        Assert.Equal(2, wins.Length);
        Assert.Equal(3, wins[0] + draws[0] + losses[0]);
        Assert.Equal(wins[0], losses[1]);
    }

    [Theory]
    [InlineData("play", "hanabi_lite", "--agents", "static,rule")]
    [InlineData("play", "hanabi_lite", "--agents", "rule")]
    [InlineData("play", "hanabi_lite(players=9)", "--agents", "rule,rule")]
    [InlineData("play", "no_such_game", "--agents", "rule,rule")]
    [InlineData("replay", "/no/such/replay.json")]
    [InlineData("bench", "envs", "--game", "kuhn_poker")]
    public void BadSpecsAgentsAndFilesExitWithCodeTwoAndOneLine(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(GamerlApp.UserError, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void ReplaysWrittenByPlayAreRenderedBackStepByStep()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gamerl-play-{Guid.NewGuid():N}.json");
        try
        {
            var (code, _, _) = Run("play", "pommerman_lite", "--agents", "simple,random", "--episodes", "2", "--seed", "4", "--replay", path);
            Assert.Equal(0, code);
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), $".{Path.GetFileName(path)}*"));
            var (replayCode, output, _) = Run("replay", path, "--episode", "1");
            Assert.Equal(0, replayCode);
            Assert.Contains("episode 1:", output, StringComparison.Ordinal);
            Assert.Contains("reproduced", output, StringComparison.Ordinal);
            Assert.Contains("step 1 all:", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RenderDrawsEveryStep()
    {
        var (code, output, _) = Run("play", "hanabi_lite(preset=very_small)", "--agents", "rule,random", "--render");
        Assert.Equal(0, code);
        Assert.Contains("chance: (Deal", output, StringComparison.Ordinal);
        Assert.Contains("Life tokens:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hanabi_lite", "[171]")]
    [InlineData("pommerman_lite(observation=spatial)", "[19, 8, 8]")]
    public void InfoReportsTheObservationShapeAndUnknownCounts(string spec, string shape)
    {
        var (code, output, _) = Run("info", spec);
        Assert.Equal(0, code);
        Assert.Contains(shape, output, StringComparison.Ordinal);
        Assert.Contains("counts are unknown", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BenchPicksOnlyLegalRandomActions()
    {
        var env = ((IBatchedGame)GameCatalog.Load("hanabi_lite")).CreateBatched(8, 1);
        var actions = new int[8];
        ulong rng = 7;
        for (int step = 0; step < 200; step++)
        {
            BenchEnvsCommand.RandomLegalActions(env, actions, ref rng);
            for (int e = 0; e < 8; e++)
            {
                Assert.Equal(1, env.LegalActionMask[(e * env.NumActions) + actions[e]]);
            }

            env.Step(actions);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = GamerlApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
