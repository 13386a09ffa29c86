namespace GameRL.Solvers.Tabular;

/// <summary>
/// Options of every solver; each field documents its default and the algorithms it applies to. Variants are enums,
/// never positional flags. Sweeps use <c>with</c>.
/// </summary>
public sealed record SolverOptions
{
    /// <summary>Alternating or simultaneous updates.</summary>
    /// <value>Null means the algorithm's default: alternating for the CFR and FTRL families, simultaneous for MMD.</value>
    public UpdateMode? Updates { get; init; }

    /// <summary>Threads for the passes over terminals.</summary>
    /// <value>The default value is 1.</value>
    public int Threads { get; init; } = 1;

    /// <summary>Seed of sampled algorithms (Balanced/Adaptive FTRL).</summary>
    /// <value>The default value is 0.</value>
    public int Seed { get; init; }

    /// <summary>Planned number of iterations T, used by rules whose default rates depend on T (trajectory FTRL).</summary>
    /// <value>The default value is 1,000,000.</value>
    public int PlannedIterations { get; init; } = 1_000_000;

    /// <summary>DCFR's α (discount of positive regrets).</summary>
    /// <value>The default value is 1.5.</value>
    public double DcfrAlpha { get; init; } = 1.5;

    /// <summary>DCFR's β (discount of negative regrets).</summary>
    /// <value>The default value is 0.</value>
    public double DcfrBeta { get; init; }

    /// <summary>DCFR's γ (average weights t^γ).</summary>
    /// <value>The default value is 2.</value>
    public double DcfrGamma { get; init; } = 2;

    /// <summary>FTRL's regulariser.</summary>
    /// <value>The default value is <see cref="Regularizer.Entropy"/>.</value>
    public Regularizer Regularizer { get; init; } = Regularizer.Entropy;

    /// <summary>
    /// Step size: FTRL scales it by each infoset's regret size; MMD uses η (annealed: η₀ in η_t = η₀/(Δ·√t));
    /// trajectory FTRL multiplies its default rate by it.
    /// </summary>
    /// <value>Null means the algorithm's documented default.</value>
    public double? Eta { get; init; }

    /// <summary>MMD's temperature α in payoff units (annealed: α₀ in α_t = α₀·Δ/√t, Δ the payoff range).</summary>
    /// <value>Null means the schedule's default: 1 (moving magnet), 1/2 (annealed) or 0.1 (fixed).</value>
    public double? Temperature { get; init; }

    /// <summary>MMD's schedule.</summary>
    /// <value>The default value is <see cref="MmdSchedule.MovingMagnet"/> (η = 0.15, α = 1, η̃ = 0.05).</value>
    public MmdSchedule MmdSchedule { get; init; } = MmdSchedule.MovingMagnet;

    /// <summary>MMD's magnet step η̃ for the moving-magnet schedule.</summary>
    /// <value>The default value is 0.05.</value>
    public double MagnetEta { get; init; } = 0.05;

    /// <summary>Implicit-exploration parameter γ of trajectory FTRL, relative to η.</summary>
    /// <value>The default value is 0.05 (γ = 0.05·η, the ratio of Fiegel et al.'s experiments).</value>
    public double ImplicitExplorationRatio { get; init; } = 0.05;
}
