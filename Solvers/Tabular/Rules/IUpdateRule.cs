namespace GameRL.Solvers.Tabular.Rules;

/// <summary>
/// A local (per-infoset) update rule written once as scalar functions of one action slot. The CPU driver and the
/// GPU kernels call these same static methods; everything per infoset (sums, normalisation) is the driver's job.
/// </summary>
public interface IUpdateRule
{
    /// <summary>How <see cref="Score"/> becomes the next policy.</summary>
    static abstract Normalization Normalization { get; }

    /// <summary>Whether the driver must track <see cref="SlotInputs.RegretScale"/> for this rule.</summary>
    static abstract bool NeedsRegretScale { get; }

    /// <summary>The cumulative regret (or other per-slot state) after this iteration.</summary>
    static abstract double NextRegret(in SlotInputs slot, in RuleStep step);

    /// <summary>The score of the slot for the next policy, given the updated regret.</summary>
    static abstract double Score(double nextRegret, in SlotInputs slot, in RuleStep step);
}
