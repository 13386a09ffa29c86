using BenchmarkDotNet.Attributes;
using GameRL.Games.Api;
using GameRL.Games.Batched;

namespace GameRL.Bench;

/// <summary>
/// Single-thread batched stepping with random legal actions (a random id, then the next legal one), observation encoding
/// and legal masks included
/// (issue 6 targets: hanabi_lite ≥ 1,000,000 and pommerman_lite one_vs_one ≥ 200,000 environment steps per second).
/// One operation is one environment step, so the reported time per operation is 1 / (steps per second).
/// </summary>
[MemoryDiagnoser]
public class EnvironmentBenchmarks
{
    private const int Batch = 256;
    private const int StepsPerInvoke = 16;

    private IBatchedEnvironment _env = null!;
    private int[] _actions = null!;
    private ulong _rng;

    /// <summary>The game benchmarked.</summary>
    [Params("hanabi_lite", "hanabi_lite(preset=full)", "pommerman_lite", "pommerman_lite(mode=ffa)")]
    public string Spec { get; set; } = "hanabi_lite";

    /// <summary>Builds the environments once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _env = ((IBatchedGame)GameCatalog.Load(Spec)).CreateBatched(Batch, 1);
        _actions = new int[Batch * _env.ActorsPerEnvironment];
        _rng = 12345;
    }

    /// <summary>16 batched steps of 256 environments with random legal actions.</summary>
    [Benchmark(OperationsPerInvoke = Batch * StepsPerInvoke)]
    public void RandomSteps()
    {
        for (int s = 0; s < StepsPerInvoke; s++)
        {
            var mask = _env.LegalActionMask;
            int a = _env.NumActions;
            for (int slot = 0; slot < _actions.Length; slot++)
            {
                int k = SplitMix64.NextInt(ref _rng, a);
                while (mask[(slot * a) + k] == 0)
                {
                    k = k + 1 == a ? 0 : k + 1;
                }

                _actions[slot] = k;
            }

            _env.Step(_actions);
        }
    }
}
