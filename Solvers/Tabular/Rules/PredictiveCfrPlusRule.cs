namespace GameRL.Solvers.Tabular.Rules;

/// <summary>
/// Predictive CFR+ (Farina, Kroer and Sandholm, AAAI 2021, arXiv 2007.14358): R ← [R + r]⁺ and the next policy
/// plays π ∝ [R + m]⁺ with the prediction m = r, the instantaneous regret just observed; quadratic averaging (t²).
/// </summary>
public readonly struct PredictiveCfrPlusRule : IUpdateRule
{
    /// <inheritdoc/>
    public static Normalization Normalization => Normalization.Proportional;

    /// <inheritdoc/>
    public static bool NeedsRegretScale => false;

    /// <inheritdoc/>
    public static double NextRegret(in SlotInputs slot, in RuleStep step) => Math.Max(slot.Regret + slot.Instant, 0.0);

    /// <inheritdoc/>
    public static double Score(double nextRegret, in SlotInputs slot, in RuleStep step) => nextRegret + slot.Instant;
}
