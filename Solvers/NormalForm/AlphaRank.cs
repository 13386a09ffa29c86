using GameRL.Games.Api;
using GameRL.Games.NormalForm;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// α-Rank (Omidshafiei, Papadimitriou, Piliouras, Tuyls, Rowland, Lespiau, Czarnecki, Lanctot, Perolat, Munos 2019,
/// arXiv:1903.01373), following OpenSpiel's <c>open_spiel/python/egt/alpharank.py</c>. Each player is a population
/// that rarely mutates: the population state is a pure joint profile, and a mutant of one player fixates with the
/// probability of a Moran process under the Fermi rule. The ranking is the stationary distribution of that Markov
/// chain over profiles, computed by <see cref="StationarySolver"/> (dense LU up to 256 profiles, sparse BiCgStab
/// beyond). Payoffs are read as <c>payoffs[player][joint]</c>, joint actions row-major with player 0 most significant,
/// the order of OpenSpiel's profile ids. Everything is deterministic.
/// <para>
/// JPSRO's <c>alpharank</c> meta-solver is <see cref="SweepEpsilon"/>. Failures throw <see cref="GameRLException"/>;
/// nothing falls back to a uniform answer.
/// </para>
/// </summary>
public static class AlphaRank
{
    /// <summary>
    /// Finite-α multi-population α-Rank (OpenSpiel's <c>compute(payoff_tables, m, alpha)</c> with one payoff table per
    /// player): from profile s, player k switches to each other own strategy with probability η·ρ, where
    /// η = 1/Σ_k(|S_k| − 1), ρ = (1 − e^(−αΔ)) / (1 − e^(−mαΔ)) for k's payoff change Δ, and ρ = 1/m when |αΔ| ≤ 1e-14.
    /// </summary>
    /// <exception cref="GameRLException">The chain has no numerically unique stationary distribution (large α makes
    /// worse moves underflow to 0, as it makes OpenSpiel's eigen-solver find several).</exception>
    public static double[] Rank(PayoffTensor payoffs, AlphaRankOptions? options = null)
    {
        options ??= new AlphaRankOptions();
        Validate(payoffs, options);
        return payoffs.NumJoint == 1
            ? [1.0]
            : Solve(new StationarySolver(), AlphaRankChain.MultiPopulation(payoffs, options.PopulationSize, options.Alpha));
    }

    /// <summary>
    /// Infinite-α α-Rank with noise ε (OpenSpiel's <c>compute(..., use_inf_alpha=True, inf_alpha_eps=ε)</c>): a switch
    /// to a strictly better own payoff has probability η(1 − ε), to a worse one ηε, and to an equal one (numpy
    /// <c>isclose</c>, atol 1e-14, rtol 1e-5) η/2.
    /// </summary>
    /// <exception cref="GameRLException">The chain has no numerically unique stationary distribution.</exception>
    public static double[] RankInfiniteAlpha(PayoffTensor payoffs, double epsilon)
    {
        Validate(payoffs, null);
        CheckEpsilon(epsilon, nameof(epsilon));
        return payoffs.NumJoint == 1 ? [1.0] : Solve(new StationarySolver(), AlphaRankChain.InfiniteAlpha(payoffs, epsilon));
    }

    /// <summary>
    /// OpenSpiel's <c>sweep_pi_vs_epsilon</c>, the ranking its JPSRO uses: solve the infinite-α chain at ε = 0.5, 0.25,
    /// …, and stop at the first solve, after more than <see cref="AlphaRankSweepOptions.MinIterations"/> successful
    /// ones, whose π is <c>numpy.allclose</c> (rtol 1e-5, atol 1e-8) to the previous π. When a solve fails for lack of a
    /// unique stationary distribution, ε steps back to the last success and, once any solve has succeeded, the halving
    /// factor f becomes (f + 1)/2 before ε is multiplied by it again.
    /// </summary>
    /// <exception cref="GameRLException">More than <see cref="AlphaRankSweepOptions.MaxIterations"/> successful solves
    /// without agreement, or a failed solve at ε below <see cref="AlphaRankSweepOptions.MinEpsilon"/>.</exception>
    public static AlphaRankSweepResult SweepEpsilon(PayoffTensor payoffs, AlphaRankSweepOptions? options = null)
    {
        options ??= new AlphaRankSweepOptions();
        Validate(payoffs, null);
        ValidateSweep(options);
        if (payoffs.NumJoint == 1)
        {
            return new AlphaRankSweepResult([1.0], options.StartEpsilon, 0, 0);
        }

        var solver = new StationarySolver();
        double epsilon = options.StartEpsilon;
        double factor = 0.5;
        bool succeededOnce = false;
        int iterations = 0;
        int failures = 0;
        double[]? pi = null;
        while (true)
        {
            if (!(epsilon > 0 && epsilon < 1))
            {
                throw new GameRLException($"alpharank: the ε sweep left (0, 1) at ε = {epsilon:G3}");
            }

            if (solver.TrySolve(AlphaRankChain.InfiniteAlpha(payoffs, epsilon), out var next, out string failure))
            {
                var previous = pi;
                pi = next;
                if (previous is not null && iterations > options.MinIterations && AllClose(pi, previous))
                {
                    return new AlphaRankSweepResult(pi, epsilon, iterations, failures);
                }

                epsilon *= factor;
                iterations++;
                succeededOnce = true;
                if (iterations >= options.MaxIterations)
                {
                    throw new GameRLException($"alpharank: no stationary distribution found after {iterations} iterations of the ε sweep");
                }
            }
            else
            {
                failures++;
                if (epsilon < options.MinEpsilon)
                {
                    throw new GameRLException($"alpharank: no stationary distribution found and ε = {epsilon:G3} is below the minimum {options.MinEpsilon:G3}: {failure}");
                }

                epsilon /= factor;
                if (succeededOnce)
                {
                    factor = (factor + 1) / 2;
                    epsilon *= factor;
                }
            }
        }
    }

    /// <summary>
    /// Single-population α-Rank of a symmetric two-player game given by the row player's payoffs
    /// (OpenSpiel's <c>compute([payoffs], m, alpha, use_local_selection_model)</c>): the states are strategies, η =
    /// 1/(|S| − 1), and ρ is the Moran fixation probability of the chosen <paramref name="selection"/> model. The
    /// general-sum formula is used throughout; for constant-sum games it equals OpenSpiel's closed form.
    /// </summary>
    /// <exception cref="GameRLException">The chain has no numerically unique stationary distribution.</exception>
    public static double[] RankSinglePopulation(double[,] payoffs, SelectionModel selection, AlphaRankOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        options ??= new AlphaRankOptions();
        int n = payoffs.GetLength(0);
        if (n < 1 || payoffs.GetLength(1) != n || payoffs.Cast<double>().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("a single-population game needs a non-empty square matrix of finite payoffs", nameof(payoffs));
        }

        ValidateOptions(options);
        return n == 1
            ? [1.0]
            : Solve(new StationarySolver(), AlphaRankChain.SinglePopulation(payoffs, options.PopulationSize, options.Alpha, selection));
    }

    private static double[] Solve(StationarySolver solver, MarkovChain chain) =>
        solver.TrySolve(chain, out var pi, out string failure) ? pi : throw new GameRLException($"alpharank: {failure}");

    /// <summary>numpy.allclose(a, b) with its defaults: |a − b| ≤ 1e-8 + 1e-5·|b| everywhere.</summary>
    private static bool AllClose(double[] a, double[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (!(Math.Abs(a[i] - b[i]) <= 1e-8 + (1e-5 * Math.Abs(b[i]))))
            {
                return false;
            }
        }

        return true;
    }

    private static void Validate(PayoffTensor payoffs, AlphaRankOptions? options)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        for (int p = 0; p < payoffs.NumPlayers; p++)
        {
            foreach (double v in payoffs.Of(p))
            {
                if (!double.IsFinite(v))
                {
                    throw new ArgumentException($"payoff {v} of player {p} is not finite", nameof(payoffs));
                }
            }
        }

        if (options is not null)
        {
            ValidateOptions(options);
        }
    }

    private static void ValidateOptions(AlphaRankOptions options)
    {
        var problems = new List<string>();
        if (options.PopulationSize < 2)
        {
            problems.Add($"PopulationSize must be at least 2 (got {options.PopulationSize})");
        }

        if (!(options.Alpha > 0 && double.IsFinite(options.Alpha)))
        {
            problems.Add($"Alpha must be finite and positive (got {options.Alpha})");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }
    }

    private static void ValidateSweep(AlphaRankSweepOptions options)
    {
        var problems = new List<string>();
        if (!(options.StartEpsilon > 0 && options.StartEpsilon < 1))
        {
            problems.Add($"StartEpsilon must lie in (0, 1) (got {options.StartEpsilon})");
        }

        if (options.MinIterations < 0)
        {
            problems.Add($"MinIterations must not be negative (got {options.MinIterations})");
        }

        if (options.MaxIterations < 1)
        {
            problems.Add($"MaxIterations must be positive (got {options.MaxIterations})");
        }

        if (!(options.MinEpsilon > 0))
        {
            problems.Add($"MinEpsilon must be positive (got {options.MinEpsilon})");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }
    }

    private static void CheckEpsilon(double epsilon, string name)
    {
        if (!(epsilon > 0 && epsilon < 1))
        {
            throw new ArgumentOutOfRangeException(name, epsilon, "ε must lie in (0, 1)");
        }
    }
}
