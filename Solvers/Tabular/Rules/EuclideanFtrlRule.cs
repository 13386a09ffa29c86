namespace GameRL.Solvers.Tabular.Rules;

/// <summary>
/// Local FTRL with the Euclidean regulariser ½‖p‖² at each infoset: π = Proj_Δ(η·(R + o·r)/S), the projection onto
/// the simplex of the cumulative regret (plus the optimistic prediction when o = 1) scaled by the infoset's
/// AdaGrad-style scale S = √(Σ_t ‖r_t‖²/|A|). The projection is invariant to a per-infoset shift, so regrets and
/// cumulative values give the same policy.
/// </summary>
public readonly struct EuclideanFtrlRule : IUpdateRule
{
    /// <inheritdoc/>
    public static Normalization Normalization => Normalization.SimplexProjection;

    /// <inheritdoc/>
    public static bool NeedsRegretScale => true;

    /// <inheritdoc/>
    public static double NextRegret(in SlotInputs slot, in RuleStep step) => slot.Regret + slot.Instant;

    /// <inheritdoc/>
    public static double Score(double nextRegret, in SlotInputs slot, in RuleStep step) =>
        step.Eta * (nextRegret + (step.Optimism * slot.Instant)) / slot.RegretScale;
}
