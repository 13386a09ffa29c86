using FsCheck;
using FsCheck.Xunit;
using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Lp;
using GameRL.Solvers.Policies;
using GameRL.Solvers.Tabular;

namespace GameRL.Tests.Solvers.Tabular;

/// <summary>Invariants of the iterative solvers on generated games (random_tree), checked with FsCheck.</summary>
public class SolverProperties
{
    private static GameTree Random2p(int seed) => GameTree.Build(GameCatalog.Load($"random_tree(seed={seed},players=2,depth=4)"));

    private static TabularSolver RunFor(Algorithm algorithm, GameTree tree, int iterations, SolverOptions? options = null)
    {
        var solver = SolverCatalog.Create(algorithm, tree, options);
        for (int i = 0; i < iterations; i++)
        {
            solver.Iterate();
        }

        return solver;
    }

    [Property(MaxTest = 15)]
    public void CfrPlusDcfrAndAnnealedMmdApproachTheLpValue(NonNegativeInt seed)
    {
        var tree = Random2p(seed.Get);
        double lp = SequenceFormLp.Solve(tree).Values[0];
        var cases = new (Algorithm Algorithm, SolverOptions Options, double Tolerance)[]
        {
            (Algorithm.CfrPlus, new SolverOptions(), 0.02),
            (Algorithm.Dcfr, new SolverOptions(), 0.02),
            (Algorithm.Mmd, new SolverOptions { MmdSchedule = MmdSchedule.Annealed }, 0.1),
        };
        foreach (var (algorithm, options, tolerance) in cases)
        {
            var solver = SolverCatalog.Create(algorithm, tree, options);
            var evaluator = new PolicyEvaluator(tree);
            for (int i = 0; i < 30; i++)
            {
                solver.Iterate();
            }

            double early = evaluator.Evaluate(solver.OutputPolicy()).Exploitability!.Value;
            for (int i = 30; i < 3000; i++)
            {
                solver.Iterate();
            }

            var late = evaluator.Evaluate(solver.OutputPolicy());
            Assert.True(late.Exploitability <= early + 1e-9, $"{algorithm}: exploitability went from {early} to {late.Exploitability}");
            Assert.True(Math.Abs(late.OnPolicyValues[0] - lp) <= tolerance, $"{algorithm}: value {late.OnPolicyValues[0]} vs LP {lp}");
        }
    }

    [Property(MaxTest = 20)]
    public void PoliciesStayNormalisedAndFinite(NonNegativeInt seed, bool threePlayers)
    {
        var tree = GameTree.Build(GameCatalog.Load($"random_tree(seed={seed.Get},players={(threePlayers ? 3 : 2)},utility=general_sum)"));
        foreach (var algorithm in new[] { Algorithm.Cfr, Algorithm.CfrPlus, Algorithm.Dcfr, Algorithm.PcfrPlus, Algorithm.Ftrl, Algorithm.OptimisticFtrl, Algorithm.Mmd })
        {
            var solver = RunFor(algorithm, tree, 50);
            foreach (var policy in new[] { solver.CurrentPolicy(), solver.AveragePolicy() })
            {
                for (int i = 0; i < tree.NumInfosets; i++)
                {
                    var row = policy.ActionProbabilities(i);
                    double sum = 0;
                    foreach (double p in row)
                    {
                        Assert.True(double.IsFinite(p) && p >= 0, $"{algorithm}: probability {p}");
                        sum += p;
                    }

                    Assert.Equal(1.0, sum, 1e-12);
                }
            }
        }
    }

    [Property(MaxTest = 20)]
    public void RegretMatchingPlusRegretsStayNonNegative(NonNegativeInt seed)
    {
        var tree = Random2p(seed.Get);
        foreach (var algorithm in new[] { Algorithm.CfrPlus, Algorithm.PcfrPlus })
        {
            var any = SolverCatalog.Create(algorithm, tree);
            for (int i = 0; i < 40; i++)
            {
                any.Iterate();
                var regrets = any switch
                {
                    CounterfactualSolver<GameRL.Solvers.Tabular.Rules.CfrPlusRule> c => c.Regrets.ToArray(),
                    CounterfactualSolver<GameRL.Solvers.Tabular.Rules.PredictiveCfrPlusRule> c => c.Regrets.ToArray(),
                    _ => throw new InvalidOperationException("unexpected solver type"),
                };
                Assert.All(regrets, r => Assert.True(r >= 0));
            }
        }
    }

    [Property(MaxTest = 12)]
    public void ThreePlayerCfrAverageHasADecreasingCoarseCorrelatedGap(NonNegativeInt seed)
    {
        var tree = GameTree.Build(GameCatalog.Load($"random_tree(seed={seed.Get},players=3,utility=general_sum)"));
        var solver = SolverCatalog.Create(Algorithm.Cfr, tree, new SolverOptions { Updates = UpdateMode.Simultaneous });
        var tracker = new EmpiricalPlay(tree);
        double early = 0;
        for (int t = 1; t <= 1000; t++)
        {
            tracker.Add(solver.CurrentPolicy());
            solver.Iterate();
            if (t == 10)
            {
                early = tracker.CoarseCorrelatedGap();
            }
        }

        double late = tracker.CoarseCorrelatedGap();
        Assert.True(late >= -1e-9);
        Assert.True(late <= (0.5 * early) + 1e-6, $"CCE gap went from {early} to {late}");
    }

    [Property(MaxTest = 10)]
    public void ResumedRunEqualsUninterruptedRunOnRandomGames(NonNegativeInt seed)
    {
        var tree = Random2p(seed.Get);
        foreach (var algorithm in new[] { Algorithm.Dcfr, Algorithm.Mmd, Algorithm.AdaptiveFtrl })
        {
            var options = new SolverOptions { Seed = seed.Get, PlannedIterations = 40 };
            var straight = RunFor(algorithm, tree, 40, options);
            string path = Path.Combine(Path.GetTempPath(), $"gamerl-{Guid.NewGuid():N}.ckpt");
            try
            {
                RunFor(algorithm, tree, 17, options).SaveCheckpoint(path);
                var resumed = SolverCatalog.Create(algorithm, tree, options);
                resumed.LoadCheckpoint(path);
                while (resumed.Iteration < 40)
                {
                    resumed.Iterate();
                }

                Assert.True(straight.AveragePolicy().Probabilities.SequenceEqual(resumed.AveragePolicy().Probabilities));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>
    /// The empirical distribution of play (1/T)·Σ_t π^t_1 × … × π^t_n and its coarse-correlated gap
    /// Σ_p max_{σ'} u_p(σ', μ_{−p}) − u_p(μ), computed in sequence form: player p's best response to the time-averaged
    /// product of the others' realization plans.
    /// </summary>
    private sealed class EmpiricalPlay
    {
        private readonly GameTree _tree;
        private readonly double[][] _othersReach;
        private readonly double[] _value;
        private readonly double[] _x;
        private int _count;

        public EmpiricalPlay(GameTree tree)
        {
            _tree = tree;
            _othersReach = Enumerable.Range(0, tree.NumPlayers).Select(_ => new double[tree.TerminalNodes]).ToArray();
            _value = new double[tree.NumPlayers];
            _x = new double[tree.NumSequences];
        }

        public void Add(TabularPolicy policy)
        {
            PolicyEvaluator.Realization(_tree, policy.Probabilities, _x);
            for (int z = 0; z < _tree.TerminalNodes; z++)
            {
                for (int p = 0; p < _tree.NumPlayers; p++)
                {
                    double others = 1;
                    for (int q = 0; q < _tree.NumPlayers; q++)
                    {
                        if (q != p)
                        {
                            others *= _x[_tree.TerminalSequence[q][z]];
                        }
                    }

                    _othersReach[p][z] += others;
                    _value[p] += _tree.TerminalWeightedUtility[p][z] * others * _x[_tree.TerminalSequence[p][z]];
                }
            }

            _count++;
        }

        public double CoarseCorrelatedGap()
        {
            double gap = 0;
            var v = new double[_tree.NumSequences];
            for (int p = 0; p < _tree.NumPlayers; p++)
            {
                for (int z = 0; z < _tree.TerminalNodes; z++)
                {
                    v[_tree.TerminalSequence[p][z]] += _tree.TerminalWeightedUtility[p][z] * _othersReach[p][z] / _count;
                }

                for (int i = _tree.PlayerInfosetStart[p + 1] - 1; i >= _tree.PlayerInfosetStart[p]; i--)
                {
                    double best = double.NegativeInfinity;
                    for (int s = _tree.InfosetFirstSlot[i]; s < _tree.InfosetFirstSlot[i] + _tree.InfosetNumActions[i]; s++)
                    {
                        best = Math.Max(best, v[_tree.NumPlayers + s]);
                    }

                    v[_tree.InfosetParentSequence[i]] += best;
                }

                gap += v[p] - (_value[p] / _count);
            }

            return gap;
        }
    }
}
