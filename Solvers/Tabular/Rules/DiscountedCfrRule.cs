namespace GameRL.Solvers.Tabular.Rules;

/// <summary>
/// Discounted CFR (Brown and Sandholm, AAAI 2019, arXiv 1809.04040): R ← R + r, then R is multiplied by
/// t^α/(t^α+1) where positive and by t^β/(t^β+1) elsewhere; π ∝ [R]⁺; average weights t^γ. LCFR is DCFR(1, 1, 1).
/// Discounting after adding r is OpenSpiel's order (discounted_cfr.py).
/// </summary>
public readonly struct DiscountedCfrRule : IUpdateRule
{
    /// <inheritdoc/>
    public static Normalization Normalization => Normalization.Proportional;

    /// <inheritdoc/>
    public static bool NeedsRegretScale => false;

    /// <inheritdoc/>
    public static double NextRegret(in SlotInputs slot, in RuleStep step)
    {
        double r = slot.Regret + slot.Instant;
        return r * (r > 0 ? step.DiscountPositive : step.DiscountNegative);
    }

    /// <inheritdoc/>
    public static double Score(double nextRegret, in SlotInputs slot, in RuleStep step) => nextRegret;
}
