namespace GameRL.Solvers.Tabular.Rules;

/// <summary>
/// Magnetic mirror descent in behavioural form (Sokota et al., ICLR 2023, arXiv 2206.05825):
/// π_{t+1}(a) ∝ exp[(log π_t(a) + η·α·log ρ(a) + η·q(a)) / (1 + η·α)], with q(x,a) = v(x,a)/π_{−i}(x) the
/// reach-weighted average action value over the infoset's histories, ρ the magnet, α the temperature and η the step.
/// The cumulative regret slot is unused (kept at 0).
/// </summary>
public readonly struct MmdRule : IUpdateRule
{
    /// <inheritdoc/>
    public static Normalization Normalization => Normalization.Softmax;

    /// <inheritdoc/>
    public static bool NeedsRegretScale => false;

    /// <inheritdoc/>
    public static double NextRegret(in SlotInputs slot, in RuleStep step) => 0.0;

    /// <inheritdoc/>
    public static double Score(double nextRegret, in SlotInputs slot, in RuleStep step)
    {
        double q = slot.CounterfactualReach > 0 ? slot.ActionValue / slot.CounterfactualReach : 0.0;
        double ea = step.Eta * step.Temperature;
        return (Math.Log(slot.Policy) + (ea * slot.LogMagnet) + (step.Eta * q)) / (1 + ea);
    }
}
