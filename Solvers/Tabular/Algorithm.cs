namespace GameRL.Solvers.Tabular;

/// <summary>The iterative solvers; <see cref="SolverCatalog"/> maps them to their console names.</summary>
public enum Algorithm
{
    /// <summary>CFR: regret matching, uniform averaging (<c>cfr</c>).</summary>
    Cfr,

    /// <summary>CFR+: regret matching+, linear averaging (<c>cfr+</c>).</summary>
    CfrPlus,

    /// <summary>Linear CFR = DCFR(1, 1, 1) (<c>lcfr</c>).</summary>
    Lcfr,

    /// <summary>Discounted CFR (<c>dcfr</c>).</summary>
    Dcfr,

    /// <summary>Predictive CFR+ (<c>pcfr+</c>).</summary>
    PcfrPlus,

    /// <summary>Local FTRL at each infoset (<c>ftrl</c>).</summary>
    Ftrl,

    /// <summary>Local optimistic FTRL (<c>oftrl</c>).</summary>
    OptimisticFtrl,

    /// <summary>Balanced FTRL on sampled trajectories (<c>balanced-ftrl</c>).</summary>
    BalancedFtrl,

    /// <summary>Adaptive FTRL on sampled trajectories (<c>adaptive-ftrl</c>).</summary>
    AdaptiveFtrl,

    /// <summary>Magnetic mirror descent, behavioural form (<c>mmd</c>).</summary>
    Mmd,

    /// <summary>Magnetic mirror descent, sequence form with dilated entropy (<c>mmd-dilated</c>).</summary>
    MmdDilated,
}
