using GameRL.Games.Api;
using GameRL.Solvers.Tabular;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers.Tabular;

/// <summary>A run resumed from a checkpoint gives the same bits as an uninterrupted one.</summary>
public class CheckpointTests
{
    public static TheoryData<string> Algorithms => [.. SolverCatalog.ConsoleNames];

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void ResumedRunEqualsUninterruptedRun(string name)
    {
        var algorithm = SolverCatalog.Parse(name);
        var options = new SolverOptions { PlannedIterations = 60, Seed = 7 };
        var tree = Trees.Kuhn;
        var straight = SolverCatalog.Create(algorithm, tree, options);
        for (int i = 0; i < 60; i++)
        {
            straight.Iterate();
        }

        string path = Path.Combine(Path.GetTempPath(), $"gamerl-{Guid.NewGuid():N}.ckpt");
        try
        {
            var first = SolverCatalog.Create(algorithm, tree, options);
            for (int i = 0; i < 25; i++)
            {
                first.Iterate();
            }

            first.SaveCheckpoint(path);
            var resumed = SolverCatalog.Create(algorithm, tree, options);
            resumed.LoadCheckpoint(path);
            Assert.Equal(25, resumed.Iteration);
            while (resumed.Iteration < 60)
            {
                resumed.Iterate();
            }

            Assert.True(straight.CurrentPolicy().Probabilities.SequenceEqual(resumed.CurrentPolicy().Probabilities));
            Assert.True(straight.AveragePolicy().Probabilities.SequenceEqual(resumed.AveragePolicy().Probabilities));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CheckpointOfAnotherAlgorithmIsRefused()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gamerl-{Guid.NewGuid():N}.ckpt");
        try
        {
            var cfr = SolverCatalog.Create(Algorithm.Cfr, Trees.Kuhn);
            cfr.Iterate();
            cfr.SaveCheckpoint(path);
            var other = SolverCatalog.Create(Algorithm.CfrPlus, Trees.Kuhn);
            var e = Assert.Throws<GameRLException>(() => other.LoadCheckpoint(path));
            Assert.Contains("checkpoint", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TruncatedCheckpointIsAUserError()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gamerl-{Guid.NewGuid():N}.ckpt");
        try
        {
            var cfr = SolverCatalog.Create(Algorithm.Cfr, Trees.Kuhn);
            cfr.SaveCheckpoint(path);
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            Assert.Throws<GameRLException>(() => SolverCatalog.Create(Algorithm.Cfr, Trees.Kuhn).LoadCheckpoint(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
