namespace GameRL.Solvers.Tabular.Rules;

/// <summary>
/// CFR+ (Tammelin 2014, arXiv 1407.5042): regret matching+, R ← [R + r]⁺, π ∝ R; linear averaging and alternating
/// updates are set by the solver's defaults. OpenSpiel's CFRPlusSolver semantics.
/// </summary>
public readonly struct CfrPlusRule : IUpdateRule
{
    /// <inheritdoc/>
    public static Normalization Normalization => Normalization.Proportional;

    /// <inheritdoc/>
    public static bool NeedsRegretScale => false;

    /// <inheritdoc/>
    public static double NextRegret(in SlotInputs slot, in RuleStep step) => Math.Max(slot.Regret + slot.Instant, 0.0);

    /// <inheritdoc/>
    public static double Score(double nextRegret, in SlotInputs slot, in RuleStep step) => nextRegret;
}
