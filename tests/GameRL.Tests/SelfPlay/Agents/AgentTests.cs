using GameRL.Agents;
using GameRL.Agents.Episodes;
using GameRL.Games.Api;
using GameRL.Games.HanabiLite;

namespace GameRL.Tests.SelfPlay.Agents;

/// <summary>Baseline agents and the episode runner.</summary>
public class AgentTests
{
    [Fact]
    public void RuleAgentNeverLosesALifeAndScoresOnSmallHanabi()
    {
        var game = GameCatalog.Load("hanabi_lite(preset=full)");
        var runner = new EpisodeRunner(game, [AgentCatalog.Create("rule", game), AgentCatalog.Create("rule", game)]);
        double total = 0;
        for (int i = 0; i < 40; i++)
        {
            var record = runner.Play(1, i, (state, _, _) => Assert.Equal(3, ((HanabiLiteState)state).LifeTokens));
            total += record.Returns[0];
        }

        Assert.True(total / 40 > 10, $"mean score {total / 40}");
    }

    [Fact]
    public void SimpleAgentBeatsRandomAgentNearlyAlways()
    {
        var game = GameCatalog.Load("pommerman_lite");
        var stats = new EpisodeStatistics(2);
        var runner = new EpisodeRunner(game, [AgentCatalog.Create("simple", game), AgentCatalog.Create("random", game)]);
        for (int i = 0; i < 40; i++)
        {
            stats.Add(runner.Play(3, i));
        }

        Assert.True(stats.Wins[0] >= 36, $"simple won {stats.Wins[0]} of 40");
        Assert.Equal(stats.Wins[0], stats.Losses[1]);
    }

    [Fact]
    public void RunsAreReproducibleEpisodeByEpisode()
    {
        var game = GameCatalog.Load("pommerman_lite(mode=ffa)");
        IAgent[] Seats() => [.. new[] { "simple", "random", "simple", "static" }.Select(n => AgentCatalog.Create(n, game))];
        var a = new EpisodeRunner(game, Seats()).Play(5, 2);
        var b = new EpisodeRunner(game, Seats()).Play(5, 2);
        Assert.Equal(a.StartSeed, b.StartSeed);
        Assert.Equal(a.Steps, b.Steps);
        Assert.Equal(a.Returns, b.Returns);
        Assert.NotEqual(a.StartSeed, new EpisodeRunner(game, Seats()).Play(5, 3).StartSeed);
    }

    [Fact]
    public void UnknownAgentsAndWrongSeatCountsAreOneLineErrors()
    {
        var game = GameCatalog.Load("hanabi_lite");
        var e = Assert.Throws<GameRLException>(() => AgentCatalog.Create("static", game));
        Assert.Equal("unknown agent 'static' for hanabi_lite; valid agents: rule, simple, random", e.Message);
        Assert.Throws<GameRLException>(() => new EpisodeRunner(game, [new RandomAgent()]));
    }

    [Fact]
    public void ConfidenceHalfWidthIs196StandardErrors()
    {
        // Sample 1, 2, 3, 4: s = 1.29099, s/√4 = 0.645497.
        Assert.Equal(1.96 * 0.6454972243679028, EpisodeStatistics.HalfWidth([1, 2, 3, 4]), 1e-12);
        Assert.Equal(0, EpisodeStatistics.HalfWidth([5]));
    }

    [Fact]
    public void ReplaysReproduceTheirEpisodesAndRejectTampering()
    {
        var game = GameCatalog.Load("pommerman_lite");
        var runner = new EpisodeRunner(game, [AgentCatalog.Create("simple", game), AgentCatalog.Create("random", game)]);
        var episodes = Enumerable.Range(0, 3).Select(i => ReplayEpisode.From(runner.Play(9, i))).ToList();
        string path = Path.Combine(Path.GetTempPath(), $"gamerl-replay-{Guid.NewGuid():N}.json");
        try
        {
            ReplayIo.Save(new ReplayFile(1, game.Spec, ["simple", "random"], 9, episodes), path);
            var loaded = ReplayIo.Load(path);
            Assert.Equal(3, loaded.Episodes.Count);
            foreach (var episode in loaded.Episodes)
            {
                Assert.Equal(episode.Returns, ReplayIo.Play(GameCatalog.Load(loaded.Game), episode).Returns());
            }

            var forged = loaded.Episodes[0] with { Returns = [-1, 1] };
            if (forged.Returns.SequenceEqual(loaded.Episodes[0].Returns))
            {
                forged = forged with { Returns = [1, -1] };
            }

            Assert.Contains("does not reproduce", Assert.Throws<GameRLException>(() => ReplayIo.Play(game, forged)).Message, StringComparison.Ordinal);
            File.WriteAllText(path, "{not json");
            Assert.Throws<GameRLException>(() => ReplayIo.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
