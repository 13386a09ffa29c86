namespace GameRL.Solvers.NormalForm;

/// <summary>The ε sweep of infinite-α α-Rank (OpenSpiel's <c>sweep_pi_vs_epsilon</c> defaults).</summary>
public sealed record AlphaRankSweepOptions
{
    /// <summary>First noise ε tried (OpenSpiel's <c>warm_start_epsilon</c>, or 0.5 when that is None).</summary>
    /// <value>The default value is 0.5. Must lie in (0, 1).</value>
    public double StartEpsilon { get; init; } = 0.5;

    /// <summary>The sweep may stop only after more than this many successful halvings.</summary>
    /// <value>The default value is 10.</value>
    public int MinIterations { get; init; } = 10;

    /// <summary>The sweep fails when this many successful solves have not converged.</summary>
    /// <value>The default value is 100.</value>
    public int MaxIterations { get; init; } = 100;

    /// <summary>The sweep fails when a solve fails at an ε below this.</summary>
    /// <value>The default value is 1e-14.</value>
    public double MinEpsilon { get; init; } = 1e-14;
}
