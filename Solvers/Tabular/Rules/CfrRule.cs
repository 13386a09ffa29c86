namespace GameRL.Solvers.Tabular.Rules;

/// <summary>
/// CFR (Zinkevich et al., NeurIPS 2007): regret matching on cumulative counterfactual regret,
/// R ← R + r, π ∝ [R]⁺; the average is weighted uniformly. OpenSpiel's CFRSolver semantics.
/// </summary>
public readonly struct CfrRule : IUpdateRule
{
    /// <inheritdoc/>
    public static Normalization Normalization => Normalization.Proportional;

    /// <inheritdoc/>
    public static bool NeedsRegretScale => false;

    /// <inheritdoc/>
    public static double NextRegret(in SlotInputs slot, in RuleStep step) => slot.Regret + slot.Instant;

    /// <inheritdoc/>
    public static double Score(double nextRegret, in SlotInputs slot, in RuleStep step) => nextRegret;
}
