using GameRL.Games.Tree;
using GameRL.Kernels;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Policies;
using GameRL.Solvers.Tabular;
using GameRL.Tests.Support;

namespace GameRL.Tests.Kernels;

/// <summary>
/// The ILGPU kernels, run on ILGPU's CPU accelerator, give the CPU driver's numbers: 100 iterations of CFR, CFR+,
/// DCFR and MMD on Kuhn and Leduc. Both run the same shared passes in double, so they agree bit for bit here; the
/// stated tolerance is the 1e-12 (CUDA may fuse multiply-adds).
/// </summary>
public sealed class DriverEqualityTests(IlgpuCpuFixture fixture) : IClassFixture<IlgpuCpuFixture>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string game in new[] { "kuhn_poker", "leduc_poker" })
        {
            foreach (string algo in new[] { "cfr", "cfr+", "dcfr", "mmd" })
            {
                data.Add(game, algo);
            }
        }

        data.Add("kuhn_poker(players=3)", "cfr");
        data.Add("kuhn_poker", "ftrl");
        data.Add("kuhn_poker", "pcfr+");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void HundredIterationsMatchTheCpuDriver(string spec, string algo)
    {
        var tree = Trees.Of(spec);
        var algorithm = SolverCatalog.Parse(algo);
        var cpu = SolverCatalog.Create(algorithm, tree);
        var device = DeviceSolverFactory.Create(fixture.Accelerator, algorithm, tree);
        try
        {
            for (int i = 0; i < 100; i++)
            {
                cpu.Iterate();
                device.Iterate();
            }

            AssertClose(cpu.CurrentPolicy(), device.CurrentPolicy());
            AssertClose(cpu.AveragePolicy(), device.AveragePolicy());
        }
        finally
        {
            ((IDisposable)device).Dispose();
        }
    }

    [Theory]
    [InlineData("leduc_poker")]
    [InlineData("kuhn_poker(players=3)")]
    [InlineData("tiny_hanabi")]
    public void DeviceEvaluationMatchesTheCpuEvaluator(string spec)
    {
        var tree = Trees.Of(spec);
        var policy = TabularPolicy.Random(tree, 3);
        using var evaluator = new DeviceEvaluator(fixture.Accelerator, tree);
        var device = evaluator.Evaluate(policy.ToArray());
        var cpu = Exploitability.Evaluate(policy);
        Assert.Equal(cpu.NashConv, device.NashConv, 1e-12);
        for (int p = 0; p < tree.NumPlayers; p++)
        {
            Assert.Equal(cpu.BestResponseValues[p], device.BestResponseValues[p], 1e-12);
            Assert.Equal(cpu.OnPolicyValues[p], device.OnPolicyValues[p], 1e-12);
        }
    }

    [Fact]
    public void DeviceSolverResumesFromACheckpointBitForBit()
    {
        var tree = Trees.Kuhn;
        var straight = DeviceSolverFactory.Create(fixture.Accelerator, Algorithm.CfrPlus, tree);
        var first = DeviceSolverFactory.Create(fixture.Accelerator, Algorithm.CfrPlus, tree);
        var resumed = DeviceSolverFactory.Create(fixture.Accelerator, Algorithm.CfrPlus, tree);
        string path = Path.Combine(Path.GetTempPath(), $"gamerl-{Guid.NewGuid():N}.ckpt");
        try
        {
            for (int i = 0; i < 30; i++)
            {
                straight.Iterate();
            }

            for (int i = 0; i < 12; i++)
            {
                first.Iterate();
            }

            first.SaveCheckpoint(path);
            resumed.LoadCheckpoint(path);
            while (resumed.Iteration < 30)
            {
                resumed.Iterate();
            }

            Assert.True(straight.AveragePolicy().Probabilities.SequenceEqual(resumed.AveragePolicy().Probabilities));
        }
        finally
        {
            File.Delete(path);
            foreach (var s in new[] { straight, first, resumed })
            {
                ((IDisposable)s).Dispose();
            }
        }
    }

    [Fact]
    public void SampledAlgorithmsAreRefusedOnDevices() =>
        Assert.Throws<GameRL.Games.Api.GameRLException>(() => DeviceSolverFactory.Create(fixture.Accelerator, Algorithm.BalancedFtrl, Trees.Kuhn));

    private static void AssertClose(TabularPolicy expected, TabularPolicy actual)
    {
        var e = expected.Probabilities;
        var a = actual.Probabilities;
        Assert.Equal(e.Length, a.Length);
        for (int s = 0; s < e.Length; s++)
        {
            Assert.True(Math.Abs(e[s] - a[s]) <= 1e-12, $"slot {s}: {e[s]} vs {a[s]}");
        }
    }
}
