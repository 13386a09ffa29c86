using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Tabular.Rules;


namespace GameRL.Solvers.Tabular;

/// <summary>
/// Builds solvers by algorithm and maps the console's names (<c>cfr, cfr+, lcfr, dcfr, pcfr+, ftrl, oftrl,
/// balanced-ftrl, adaptive-ftrl, mmd, mmd-dilated</c>) to <see cref="Algorithm"/>.
/// </summary>
public static class SolverCatalog
{
    private static readonly (string Name, Algorithm Algorithm)[] Names =
    [
        ("cfr", Algorithm.Cfr),
        ("cfr+", Algorithm.CfrPlus),
        ("lcfr", Algorithm.Lcfr),
        ("dcfr", Algorithm.Dcfr),
        ("pcfr+", Algorithm.PcfrPlus),
        ("ftrl", Algorithm.Ftrl),
        ("oftrl", Algorithm.OptimisticFtrl),
        ("balanced-ftrl", Algorithm.BalancedFtrl),
        ("adaptive-ftrl", Algorithm.AdaptiveFtrl),
        ("mmd", Algorithm.Mmd),
        ("mmd-dilated", Algorithm.MmdDilated),
    ];

    /// <summary>The console names, in catalog order.</summary>
    public static IReadOnlyList<string> ConsoleNames { get; } = Names.Select(n => n.Name).ToArray();

    /// <summary>The algorithm of a console name; throws <see cref="GameRLException"/> listing the valid names.</summary>
    public static Algorithm Parse(string name) =>
        Names.FirstOrDefault(n => n.Name == name) is { Name: not null } hit
            ? hit.Algorithm
            : throw new GameRLException($"unknown algorithm '{name}'; valid: {string.Join(", ", ConsoleNames)}");

    /// <summary>The console name of an algorithm.</summary>
    public static string NameOf(Algorithm algorithm) => Names.First(n => n.Algorithm == algorithm).Name;

    /// <summary>Default step size η of local FTRL, applied to regrets divided by the infoset's AdaGrad-style scale.</summary>
    public const double DefaultFtrlEta = 2.0;

    /// <summary>
    /// Default MMD step size η of the default (moving-magnet) schedule. Sokota et al. use 0.1 for every game; 0.15
    /// reaches exploitability 3.0e-3 on Leduc after 10,000 iterations where 0.1 reaches 1.3e-2 (Kuhn: 3.8e-11 with both).
    /// </summary>
    public const double DefaultMmdEta = 0.15;

    /// <summary>Default MMD temperature α of the moving-magnet schedule, in payoff units (Sokota et al.: 1 for every game).</summary>
    public const double DefaultMmdTemperature = 1.0;

    /// <summary>Creates a CPU solver; validates the options and the game once.</summary>
    public static TabularSolver Create(Algorithm algorithm, GameTree tree, SolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        options ??= new SolverOptions();
        Validate(options);
        return algorithm switch
        {
            Algorithm.MmdDilated => new MmdDilatedSolver(tree, options),
            Algorithm.BalancedFtrl or Algorithm.AdaptiveFtrl => new TrajectoryFtrlSolver(tree, algorithm, options),
            _ => CreateLocal(algorithm, tree, options, new CpuDriverFactory(tree, options)),
        };
    }

    /// <summary>Whether an algorithm is a local rule, which every backend (CPU, ILGPU) can run.</summary>
    public static bool IsLocalRule(Algorithm algorithm) =>
        algorithm is not (Algorithm.MmdDilated or Algorithm.BalancedFtrl or Algorithm.AdaptiveFtrl);

    /// <summary>
    /// Builds the driver of a local rule through <paramref name="factory"/>: the rule type, its schedule and its driver
    /// settings come from here, whatever the backend.
    /// </summary>
    public static TResult CreateLocal<TResult>(Algorithm algorithm, GameTree tree, SolverOptions options, ILocalRuleDriverFactory<TResult> factory)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(factory);
        Validate(options);
        LocalRuleSpec Spec(Func<int, RuleStep> schedule) => new(algorithm, schedule, UpdateMode.Alternating, false, 0, 0);
        switch (algorithm)
        {
            case Algorithm.Cfr:
                return factory.Create<CfrRule>(Spec(t => Step(t, 1)));
            case Algorithm.CfrPlus:
                return factory.Create<CfrPlusRule>(Spec(t => Step(t, t)));
            case Algorithm.Lcfr:
                return factory.Create<DiscountedCfrRule>(Spec(t => Discounted(t, 1, 1, 1)));
            case Algorithm.Dcfr:
                return factory.Create<DiscountedCfrRule>(Spec(t => Discounted(t, options.DcfrAlpha, options.DcfrBeta, options.DcfrGamma)));
            case Algorithm.PcfrPlus:
                return factory.Create<PredictiveCfrPlusRule>(Spec(t => Step(t, (double)t * t)));
            case Algorithm.Ftrl:
            case Algorithm.OptimisticFtrl:
            {
                double eta0 = options.Eta ?? DefaultFtrlEta;
                double optimism = algorithm == Algorithm.OptimisticFtrl ? 1 : 0;
                var spec = Spec(t => Step(t, 1) with { Eta = eta0, Optimism = optimism });
                return options.Regularizer == Regularizer.Entropy
                    ? factory.Create<EntropicFtrlRule>(spec)
                    : factory.Create<EuclideanFtrlRule>(spec);
            }

            case Algorithm.Mmd:
                return factory.Create<MmdRule>(MmdSpec(tree, options));
            default:
                throw new GameRLException($"{NameOf(algorithm)} is not a local rule; it runs on the CPU backend only");
        }
    }

    private static LocalRuleSpec MmdSpec(GameTree tree, SolverOptions options)
    {
        Func<int, RuleStep> schedule;
        double magnetEta = 0;
        switch (options.MmdSchedule)
        {
            case MmdSchedule.Annealed:
            {
                // Payoff-scale invariant: (η, α) act like (η/Δ, α·Δ) on payoffs divided by their range Δ.
                double range = Math.Max(tree.MaxTerminalUtility - tree.MinTerminalUtility, 1e-12);
                double eta0 = (options.Eta ?? 4.0) / range;
                double alpha0 = (options.Temperature ?? 0.5) * range;
                schedule = t => Step(t, 1) with { Eta = eta0 / Math.Sqrt(t), Temperature = alpha0 / Math.Sqrt(t) };
                break;
            }

            case MmdSchedule.Fixed:
            {
                double alpha = options.Temperature ?? 0.1;
                double eta = options.Eta ?? alpha / 10;
                schedule = t => Step(t, 1) with { Eta = eta, Temperature = alpha };
                break;
            }

            default:
            {
                double eta = options.Eta ?? DefaultMmdEta;
                double alpha = options.Temperature ?? DefaultMmdTemperature;
                schedule = t => Step(t, 1) with { Eta = eta, Temperature = alpha };
                magnetEta = options.MagnetEta;
                break;
            }
        }

        return new LocalRuleSpec(Algorithm.Mmd, schedule, UpdateMode.Simultaneous, NeedsReach: true, ProbabilityFloor: 1e-10, MagnetEta: magnetEta);
    }

    private static RuleStep Step(int t, double averagingWeight) => new(t, averagingWeight, 0, 0, 0, 1, 1);

    private static RuleStep Discounted(int t, double alpha, double beta, double gamma) =>
        Step(t, Math.Pow(t, gamma)) with { DiscountPositive = Factor(t, alpha), DiscountNegative = Factor(t, beta) };

    /// <summary>t^e/(t^e + 1), with e = +∞ giving 1 (no discount) and e = −∞ giving 0.</summary>
    private static double Factor(int t, double exponent)
    {
        if (double.IsPositiveInfinity(exponent))
        {
            return 1;
        }

        if (double.IsNegativeInfinity(exponent))
        {
            return 0;
        }

        double p = Math.Pow(t, exponent);
        return p / (p + 1);
    }

    private static void Validate(SolverOptions o)
    {
        var problems = new List<string>();
        if (o.Threads < 1)
        {
            problems.Add($"threads must be ≥ 1 (got {o.Threads})");
        }

        if (o.Eta is double eta && !(eta > 0 && double.IsFinite(eta)))
        {
            problems.Add($"eta must be a positive number (got {eta})");
        }

        if (o.Temperature is double alpha && !(alpha >= 0 && double.IsFinite(alpha)))
        {
            problems.Add($"temperature must be ≥ 0 (got {alpha})");
        }

        if (o.PlannedIterations < 1)
        {
            problems.Add($"planned iterations must be ≥ 1 (got {o.PlannedIterations})");
        }

        if (!(o.MagnetEta >= 0 && o.MagnetEta <= 1))
        {
            problems.Add($"magnet step must lie in [0, 1] (got {o.MagnetEta})");
        }

        if (double.IsNaN(o.DcfrAlpha) || double.IsNaN(o.DcfrBeta) || double.IsNaN(o.DcfrGamma))
        {
            problems.Add("DCFR parameters must be numbers");
        }

        if (problems.Count > 0)
        {
            throw new GameRLException("invalid solver options: " + string.Join("; ", problems));
        }
    }
}
