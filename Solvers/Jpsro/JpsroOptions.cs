using GameRL.Solvers.NormalForm;

namespace GameRL.Solvers.Jpsro;

/// <summary>
/// Options of a JPSRO run; the defaults are those of OpenSpiel's <c>jpsro.run_loop</c>. The run takes
/// <see cref="Iterations"/> + 1 rounds (OpenSpiel loops while <c>iteration &lt;= iterations</c>).
/// </summary>
public sealed record JpsroOptions
{
    /// <summary>Seed of every random choice (initial policies, random meta-solvers, player and response selection).</summary>
    /// <value>The default value is 0.</value>
    public int Seed { get; init; }

    /// <summary>Number of iterations.</summary>
    /// <value>The default value is 40.</value>
    public int Iterations { get; init; } = 40;

    /// <summary>The first policy of each player.</summary>
    /// <value>The default value is <see cref="PolicyInit.Uniform"/>.</value>
    public PolicyInit PolicyInit { get; init; } = PolicyInit.Uniform;

    /// <summary>Which players respond each iteration.</summary>
    /// <value>The default value is <see cref="PlayerUpdate.All"/>.</value>
    public PlayerUpdate PlayerUpdate { get; init; } = PlayerUpdate.All;

    /// <summary>The equilibrium targeted by the best responses and measured by the gaps.</summary>
    /// <value>The default value is <see cref="EquilibriumConcept.CoarseCorrelated"/>.</value>
    public EquilibriumConcept Target { get; init; } = EquilibriumConcept.CoarseCorrelated;

    /// <summary>Which candidate best responses join the populations.</summary>
    /// <value>The default value is <see cref="BestResponseSelection.LargestGap"/>.</value>
    public BestResponseSelection Selection { get; init; } = BestResponseSelection.LargestGap;

    /// <summary>The meta-solver whose distribution the best responses are trained against.</summary>
    /// <value>The default value is <see cref="MetaSolverKind.MaxGiniCoarseCorrelated"/>.</value>
    public MetaSolverKind TrainMetaSolver { get; init; } = MetaSolverKind.MaxGiniCoarseCorrelated;

    /// <summary>The meta-solver whose distribution is only evaluated.</summary>
    /// <value>The default value is <see cref="MetaSolverKind.MaxWelfareCoarseCorrelated"/>.</value>
    public MetaSolverKind EvalMetaSolver { get; init; } = MetaSolverKind.MaxWelfareCoarseCorrelated;

    /// <summary>Ignore repeat counts in the meta-solvers.</summary>
    /// <value>The default value is false.</value>
    public bool IgnoreRepeats { get; init; }

    /// <summary>Negative: deterministic responses (first best action); otherwise uniform over actions within this tolerance.</summary>
    /// <value>The default value is −1.</value>
    public double ActionValueTolerance { get; init; } = -1;
}
