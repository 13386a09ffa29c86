using GameRL.Games.NormalForm;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.NormalForm;

namespace GameRL.Solvers.Jpsro;

/// <summary>
/// Joint Policy-Space Response Oracles (Marris, Muller, Lanctot, Tuyls and Graepel, ICML 2021), following OpenSpiel's
/// <c>jpsro.run_loop</c>. Each player starts with one policy; every round
/// <list type="number">
/// <item>computes best responses against the train meta-distribution and records the train gaps;</item>
/// <item>computes best responses against the eval meta-distribution, only for the eval gaps;</item>
/// <item>adds the train responses by the selection rule (novel ones as new policies, others as repeats);</item>
/// <item>rebuilds the exact meta-game and solves it with both meta-solvers.</item>
/// </list>
/// A CCE response of p is against the device with p's axis marginalised out (one candidate, gap
/// max(BR − on-policy, 0)); a CE response is per own policy i with mass m_i, against the conditional on i (one candidate
/// each, gap m_i·max(BR − on-policy, 0)). Distributions are cleaned as OpenSpiel does: entries below 1e-8 are zeroed
/// and the rest renormalised (<c>DIST_TOL</c>); gaps below 1e-8 count as 0 (<c>GAP_TOL</c>).
/// </summary>
public static class JpsroSolver
{
    private const double DistTolerance = 1e-8;
    private const double GapTolerance = 1e-8;

    /// <summary>Runs <see cref="JpsroOptions.Iterations"/> + 1 rounds; <paramref name="progress"/> is told after each.</summary>
    public static JpsroResult Run(GameTree tree, JpsroOptions options, IProgress<JpsroIteration>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Iterations);
        var rng = new Random(options.Seed);
        var pool = new PolicyPool(tree);
        var responder = new CorrelatedBestResponse(tree);
        int n = tree.NumPlayers;
        for (int p = 0; p < n; p++)
        {
            pool.Add(p, InitialPolicy(tree, p, options.PolicyInit, rng));
        }

        pool.UpdateTensor();
        var train = MetaDistribution(options.TrainMetaSolver, pool, options.IgnoreRepeats, rng);
        var eval = MetaDistribution(options.EvalMetaSolver, pool, options.IgnoreRepeats, rng);
        var history = new List<JpsroIteration>();
        for (int iteration = 0; iteration <= options.Iterations; iteration++)
        {
            cancellation.ThrowIfCancellationRequested();
            var (candidates, trainGaps) = BestResponses(tree, pool, responder, train, iteration, options, rng);
            var (_, evalGaps) = BestResponses(tree, pool, responder, eval, iteration, options, rng);
            AddPolicies(pool, candidates, trainGaps, options.Selection, rng);
            pool.UpdateTensor();
            train = MetaDistribution(options.TrainMetaSolver, pool, options.IgnoreRepeats, rng);
            eval = MetaDistribution(options.EvalMetaSolver, pool, options.IgnoreRepeats, rng);
            var record = new JpsroIteration(
                iteration,
                trainGaps.Select(g => g.Sum()).ToArray(),
                evalGaps.Select(g => g.Sum()).ToArray(),
                pool.Counts,
                CorrelatedGaps.ExpectedValues(pool.Tensor!, train),
                CorrelatedGaps.ExpectedValues(pool.Tensor!, eval));
            history.Add(record);
            progress?.Report(record);
        }

        return new JpsroResult(tree, options, history, pool, train, eval);
    }

    private static double[] InitialPolicy(GameTree t, int player, PolicyInit init, Random rng)
    {
        int lo = t.PlayerSlotStart[player];
        var slots = new double[t.PlayerSlotStart[player + 1] - lo];
        for (int i = t.PlayerInfosetStart[player]; i < t.PlayerInfosetStart[player + 1]; i++)
        {
            int first = t.InfosetFirstSlot[i] - lo;
            int k = t.InfosetNumActions[i];
            if (init == PolicyInit.Uniform)
            {
                slots.AsSpan(first, k).Fill(1.0 / k);
            }
            else
            {
                slots[first + rng.Next(k)] = 1;
            }
        }

        return slots;
    }

    /// <summary>Solves the meta-game and cleans the distribution (OpenSpiel's <c>add_meta_dist</c>).</summary>
    private static double[] MetaDistribution(MetaSolverKind kind, PolicyPool pool, bool ignoreRepeats, Random rng)
    {
        var dist = MetaSolver.Solve(kind, pool.Tensor!, ignoreRepeats ? null : pool.Repeats, rng).Distribution;
        Clean(dist);
        return dist;
    }

    private static void Clean(Span<double> d)
    {
        double sum = 0;
        for (int j = 0; j < d.Length; j++)
        {
            d[j] = d[j] < DistTolerance ? 0 : Math.Min(d[j], 1);
            sum += d[j];
        }

        if (sum > 0)
        {
            for (int j = 0; j < d.Length; j++)
            {
                d[j] = Math.Min(d[j] / sum, 1);
            }
        }
    }

    private static int[] Responders(int n, int iteration, PlayerUpdate update, Random rng) => update switch
    {
        PlayerUpdate.All => Enumerable.Range(0, n).ToArray(),
        PlayerUpdate.Cycle => [iteration % n],
        _ => [rng.Next(n)],
    };

    /// <summary>Per player, the candidate responses (p's slot probabilities) and their gaps (OpenSpiel's <c>find_best_response</c>).</summary>
    private static (List<double[]>[] Policies, List<double>[] Gaps) BestResponses(
        GameTree t, PolicyPool pool, CorrelatedBestResponse responder, double[] dist, int iteration, JpsroOptions options, Random rng)
    {
        int n = t.NumPlayers;
        var meta = pool.Tensor!;
        var policies = new List<double[]>[n];
        var gaps = new List<double>[n];
        var players = Responders(n, iteration, options.PlayerUpdate, rng);
        var reach = new double[t.TerminalNodes];
        var scratch = new double[t.NumSlots];
        for (int p = 0; p < n; p++)
        {
            policies[p] = [];
            gaps[p] = [];
            if (!players.Contains(p))
            {
                continue;
            }

            int stride = meta.Stride(p);
            int[] bases = DeviationConstraints.SliceBases(meta, p);
            var u = meta.Of(p);
            var slice = new double[bases.Length];
            if (options.Target == EquilibriumConcept.CoarseCorrelated)
            {
                for (int b = 0; b < bases.Length; b++)
                {
                    for (int own = 0; own < meta.NumActions[p]; own++)
                    {
                        slice[b] += dist[bases[b] + (own * stride)];
                    }
                }

                Clean(slice);
                double onPolicy = 0;
                for (int j = 0; j < dist.Length; j++)
                {
                    onPolicy += u[j] * dist[j];
                }

                var (policy, value) = Respond(t, pool, responder, p, bases, slice, reach, scratch, options.ActionValueTolerance);
                policies[p].Add(policy);
                gaps[p].Add(Gap(value - onPolicy));
                continue;
            }

            for (int pid = 0; pid < meta.NumActions[p]; pid++)
            {
                for (int b = 0; b < bases.Length; b++)
                {
                    double m = dist[bases[b] + (pid * stride)];
                    slice[b] = m < DistTolerance ? 0 : Math.Min(m, 1);
                }

                double mass = slice.Sum();
                if (!(mass > 0))
                {
                    continue;
                }

                double onPolicy = 0;
                for (int b = 0; b < bases.Length; b++)
                {
                    slice[b] /= mass;
                    onPolicy += u[bases[b] + (pid * stride)] * slice[b];
                }

                var (policy, value) = Respond(t, pool, responder, p, bases, slice, reach, scratch, options.ActionValueTolerance);
                policies[p].Add(policy);
                gaps[p].Add(mass * Gap(value - onPolicy));
            }
        }

        return (policies, gaps);
    }

    private static double Gap(double deviation) => deviation < GapTolerance ? 0 : deviation;

    /// <summary>The best response of p to opponents drawn from <paramref name="weights"/> over the opponents' joint ids.</summary>
    private static (double[] Policy, double Value) Respond(
        GameTree t, PolicyPool pool, CorrelatedBestResponse responder, int p, int[] bases, double[] weights, double[] reach, double[] scratch, double tolerance)
    {
        var meta = pool.Tensor!;
        int n = t.NumPlayers;
        Array.Clear(reach);
        for (int b = 0; b < bases.Length; b++)
        {
            double w = weights[b];
            if (w <= 0)
            {
                continue;
            }

            var product = pool.ProductBuffer;
            product.AsSpan().Fill(w);
            for (int q = 0; q < n; q++)
            {
                if (q != p)
                {
                    var r = pool.Reach(q, meta.ActionOf(bases[b], q));
                    for (int z = 0; z < product.Length; z++)
                    {
                        product[z] *= r[z];
                    }
                }
            }

            for (int z = 0; z < reach.Length; z++)
            {
                reach[z] += product[z];
            }
        }

        double value = responder.Respond(p, reach, scratch, tolerance);
        int lo = t.PlayerSlotStart[p];
        return (scratch.AsSpan(lo, t.PlayerSlotStart[p + 1] - lo).ToArray(), value);
    }

    /// <summary>OpenSpiel's <c>add_new_policies</c>: novel candidates become policies, others count as repeats.</summary>
    private static void AddPolicies(PolicyPool pool, List<double[]>[] candidates, List<double>[] gaps, BestResponseSelection selection, Random rng)
    {
        for (int p = 0; p < candidates.Length; p++)
        {
            var novel = new List<(double[] Policy, double Gap)>();
            var repeatIds = new List<int>();
            for (int c = 0; c < candidates[p].Count; c++)
            {
                int id = pool.Find(p, candidates[p][c]);
                if (id >= 0)
                {
                    repeatIds.Add(id);
                }
                else
                {
                    novel.Add((candidates[p][c], gaps[p][c]));
                }
            }

            if (novel.Count == 0 && repeatIds.Count == 0)
            {
                continue;
            }

            var addNovel = new List<double[]>();
            var addRepeat = new List<int>();
            switch (selection)
            {
                case BestResponseSelection.All:
                    addNovel.AddRange(novel.Select(x => x.Policy));
                    addRepeat.AddRange(repeatIds);
                    break;
                case BestResponseSelection.AllNovel:
                    addNovel.AddRange(novel.Select(x => x.Policy));
                    break;
                case BestResponseSelection.Random:
                {
                    int index = rng.Next(novel.Count + repeatIds.Count);
                    if (index < novel.Count)
                    {
                        addNovel.Add(novel[index].Policy);
                    }
                    else
                    {
                        addRepeat.Add(repeatIds[index - novel.Count]);
                    }

                    break;
                }

                default:
                    if (novel.Count == 0)
                    {
                        addRepeat.Add(repeatIds[rng.Next(repeatIds.Count)]);
                    }
                    else if (selection == BestResponseSelection.RandomNovel)
                    {
                        addNovel.Add(novel[rng.Next(novel.Count)].Policy);
                    }
                    else
                    {
                        int best = 0;
                        for (int i = 1; i < novel.Count; i++)
                        {
                            if (novel[i].Gap > novel[best].Gap)
                            {
                                best = i;
                            }
                        }

                        if (novel[best].Gap == 0)
                        {
                            best = rng.Next(novel.Count);
                        }

                        addNovel.Add(novel[best].Policy);
                    }

                    break;
            }

            foreach (int id in addRepeat)
            {
                pool.AddRepeat(p, id);
            }

            foreach (var policy in addNovel)
            {
                pool.Add(p, policy);
            }
        }
    }
}
