using GameRL.Games.Api;
using GameRL.Games.NormalForm;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// Runs a meta-solver (<see cref="MetaSolverKind"/>) on an n-player payoff tensor, optionally with per-player repeat
/// counts (OpenSpiel's <c>per_player_repeats</c>; null means <c>ignore_repeats</c>). Every output is checked before it
/// is returned: finite, non-negative, summing to 1, and for the (C)CE solvers within
/// <see cref="FeasibilityTolerance"/>·max(1, max|u|) of its own constraints in the full game. A solver that fails, or
/// whose answer fails the check, throws <see cref="InvalidOperationException"/> (<c>alpharank</c>, when its ε sweep finds
/// no stationary distribution, throws <see cref="GameRLException"/>); there is no silent fallback.
/// </summary>
public static class MetaSolver
{
    /// <summary>Largest constraint violation accepted, per unit of payoff scale.</summary>
    public const double FeasibilityTolerance = 1e-7;

    /// <summary>Solves with every repeat count 1.</summary>
    public static MetaSolution Solve(MetaSolverKind kind, PayoffTensor payoffs, Random rng) => Solve(kind, payoffs, null, rng);

    /// <summary>Solves; <paramref name="rng"/> is drawn from only by the random solvers.</summary>
    public static MetaSolution Solve(MetaSolverKind kind, PayoffTensor payoffs, int[][]? repeats, Random rng)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        ArgumentNullException.ThrowIfNull(rng);
        CheckRepeats(payoffs, repeats);
        int[][] actions = MetaSolverCatalog.EliminatesDominated(kind)
            ? DominanceElimination.Survivors(payoffs)
            : payoffs.NumActions.Select(n => Enumerable.Range(0, n).ToArray()).ToArray();
        bool reduce = actions.Select(a => a.Length).Where((len, p) => len != payoffs.NumActions[p]).Any();
        var game = reduce ? DominanceElimination.Restrict(payoffs, actions) : payoffs;
        var gameRepeats = repeats is null ? null : actions.Select((a, p) => a.Select(i => repeats[p][i]).ToArray()).ToArray();

        double[] reduced = SolveReduced(kind, game, gameRepeats, rng, out double? epsilon);
        var dist = new double[payoffs.NumJoint];
        var map = reduce ? DominanceElimination.RestrictedToFull(payoffs, actions) : null;
        for (int j = 0; j < reduced.Length; j++)
        {
            dist[map is null ? j : map[j]] = reduced[j];
        }

        Clean(kind, dist);
        var concept = MetaSolverCatalog.ConceptOf(kind);
        double violation = 0;
        if (concept is EquilibriumConcept c)
        {
            // The min-ε variants tighten exact (C)CE rows by ε ≤ 0, so their answers must be exact (C)CEs.
            double bound = Math.Max(epsilon ?? 0, 0);
            violation = DeviationConstraints.Build(payoffs, c, bound).MaxViolation(dist);
            double scale = Math.Max(1, Math.Max(Math.Abs(payoffs.Min()), Math.Abs(payoffs.Max())));
            if (!(violation <= FeasibilityTolerance * scale))
            {
                throw new InvalidOperationException($"{MetaSolverCatalog.NameOf(kind)}: the solver's distribution violates its {c} constraints by {violation:G3}");
            }

            epsilon ??= 0;
        }

        return new MetaSolution(kind, dist, epsilon, violation);
    }

    private static double[] SolveReduced(MetaSolverKind kind, PayoffTensor game, int[][]? repeats, Random rng, out double? epsilon)
    {
        epsilon = null;
        switch (kind)
        {
            case MetaSolverKind.Uniform or MetaSolverKind.UndominatedUniform:
                return Product(game, (repeats ?? RepeatFactors.Ones(game)).Select(r => r.Select(v => (double)v).ToArray()).ToArray());
            case MetaSolverKind.RandomJoint or MetaSolverKind.UndominatedRandomJoint:
            {
                var d = new double[game.NumJoint];
                d[rng.Next(game.NumJoint)] = 1;
                return d;
            }

            case MetaSolverKind.RandomDirichlet or MetaSolverKind.UndominatedRandomDirichlet:
                return Dirichlet(game.NumJoint, rng);
            case MetaSolverKind.ProjectedReplicatorDynamics:
                return PrdDistribution(game, repeats);
            case MetaSolverKind.AlphaRank:
                return AlphaRankDistribution(game, repeats);
        }

        var concept = MetaSolverCatalog.ConceptOf(kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown meta-solver");
        var factors = new RepeatFactors(game, repeats ?? RepeatFactors.Ones(game));
        switch (kind)
        {
            case MetaSolverKind.MaxGiniCorrelated or MetaSolverKind.MaxGiniCoarseCorrelated:
                return MaxGiniProgram.Solve(DeviationConstraints.Build(game, concept), factors, false, out epsilon);
            case MetaSolverKind.MinEpsilonMaxGiniCorrelated or MetaSolverKind.MinEpsilonMaxGiniCoarseCorrelated:
                return MaxGiniProgram.Solve(DeviationConstraints.Build(game, concept), factors, true, out epsilon);
            case MetaSolverKind.ApproxMaxGiniCorrelated or MetaSolverKind.ApproxMaxGiniCoarseCorrelated:
            {
                epsilon = 0.01 * LargestMeanRow(DeviationConstraints.Build(game, concept));
                var result = MaxGiniProgram.Solve(DeviationConstraints.Build(game, concept, epsilon.Value), factors, false, out _);
                return result;
            }

            default:
            {
                var welfare = new double[game.NumJoint];
                for (int p = 0; p < game.NumPlayers; p++)
                {
                    var u = game.Of(p);
                    for (int j = 0; j < welfare.Length; j++)
                    {
                        welfare[j] += u[j];
                    }
                }

                double[] cost = kind switch
                {
                    MetaSolverKind.MaxWelfareCorrelated or MetaSolverKind.MaxWelfareCoarseCorrelated => welfare,
                    MetaSolverKind.RandomMaxWelfareCorrelated or MetaSolverKind.RandomMaxWelfareCoarseCorrelated =>
                        welfare.Select(w => w + (1e-6 * Gaussian(rng))).ToArray(),
                    _ => welfare.Select(_ => Gaussian(rng)).ToArray(),
                };
                return WelfareProgram.Solve(DeviationConstraints.Build(game, concept), cost);
            }
        }
    }

    /// <summary>OpenSpiel's approx ε base: the largest row mean of the gain matrix over all joint actions.</summary>
    private static double LargestMeanRow(DeviationConstraints constraints)
    {
        double best = 0;
        for (int r = 0; r < constraints.NumRows; r++)
        {
            double sum = 0;
            foreach (double g in constraints.Gains(r))
            {
                sum += g;
            }

            best = r == 0 ? sum : Math.Max(best, sum);
        }

        return best / constraints.NumJoint;
    }

    private static double[] PrdDistribution(PayoffTensor game, int[][]? repeats)
    {
        var r = repeats ?? RepeatFactors.Ones(game);
        var strategies = ProjectedReplicatorDynamics.Solve(game, r);
        var dist = Product(game, strategies);

        // OpenSpiel zeroes entries below 1e-8 of the distribution over the game expanded by repeats.
        var factors = new RepeatFactors(game, r);
        for (int j = 0; j < dist.Length; j++)
        {
            if (dist[j] / factors.Joint[j] < 1e-8)
            {
                dist[j] = 0;
            }
        }

        return dist;
    }

    /// <summary>
    /// OpenSpiel's <c>_alpharank</c>: the ε sweep on the game expanded by repeats (copies are distinct strategies whose
    /// switches are ties), entries below 1e-8 zeroed and the rest renormalised, then summed back over copies.
    /// </summary>
    private static double[] AlphaRankDistribution(PayoffTensor game, int[][]? repeats)
    {
        var expansion = repeats is null ? null : new RepeatExpansion(game, repeats);
        var pi = AlphaRank.SweepEpsilon(expansion?.Expanded ?? game).Distribution;
        double sum = 0;
        for (int j = 0; j < pi.Length; j++)
        {
            pi[j] = pi[j] < 1e-8 ? 0 : pi[j];
            sum += pi[j];
        }

        for (int j = 0; j < pi.Length; j++)
        {
            pi[j] /= sum;
        }

        return expansion is null ? pi : expansion.Collapse(pi);
    }

    /// <summary>The product distribution of per-player weights, each normalised.</summary>
    private static double[] Product(PayoffTensor game, double[][] weights)
    {
        var normalised = weights.Select(w => w.Select(v => v / w.Sum()).ToArray()).ToArray();
        var d = new double[game.NumJoint];
        for (int j = 0; j < d.Length; j++)
        {
            double m = 1;
            for (int p = 0; p < game.NumPlayers; p++)
            {
                m *= normalised[p][game.ActionOf(j, p)];
            }

            d[j] = m;
        }

        return d;
    }

    private static double[] Dirichlet(int n, Random rng)
    {
        var d = new double[n];
        for (int j = 0; j < n; j++)
        {
            d[j] = -Math.Log(1 - rng.NextDouble());
        }

        double s = d.Sum();
        for (int j = 0; j < n; j++)
        {
            d[j] /= s;
        }

        return d;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Gaussian(Random rng)
    {
        double u1 = 1 - rng.NextDouble();
        double u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static void Clean(MetaSolverKind kind, double[] dist)
    {
        double sum = 0;
        for (int j = 0; j < dist.Length; j++)
        {
            if (!double.IsFinite(dist[j]) || dist[j] < -1e-6)
            {
                throw new InvalidOperationException($"{MetaSolverCatalog.NameOf(kind)}: the solver returned an invalid probability {dist[j]}");
            }

            dist[j] = Math.Max(dist[j], 0);
            sum += dist[j];
        }

        if (Math.Abs(sum - 1) > 1e-6)
        {
            throw new InvalidOperationException($"{MetaSolverCatalog.NameOf(kind)}: the solver's distribution sums to {sum}, not 1");
        }

        for (int j = 0; j < dist.Length; j++)
        {
            dist[j] /= sum;
        }
    }

    private static void CheckRepeats(PayoffTensor payoffs, int[][]? repeats)
    {
        if (repeats is null)
        {
            return;
        }

        if (repeats.Length != payoffs.NumPlayers || repeats.Where((r, p) => r.Length != payoffs.NumActions[p] || r.Any(v => v < 1)).Any())
        {
            throw new ArgumentException("repeats must give a count ≥ 1 for every action of every player", nameof(repeats));
        }
    }
}
