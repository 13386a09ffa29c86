namespace GameRL.Solvers.Tabular.Rules;

/// <summary>
/// Local FTRL with the entropy regulariser (Hedge) at each infoset on counterfactual regrets:
/// π ∝ exp(η·(R + o·r)/S), with R the cumulative regret, r the last instantaneous regret, o = 1 for the optimistic
/// variant (prediction = last observation, Syrgkanis et al. 2015) and 0 otherwise, and S = √(Σ_t ‖r_t‖²/|A|) the
/// infoset's AdaGrad-style scale, which grows like √t and makes the step independent of the infoset's reach
/// (counterfactual regrets deep in a tree are orders of magnitude smaller than at the root). Cumulative regret and
/// cumulative counterfactual value differ by a per-infoset constant, which softmax ignores.
/// </summary>
public readonly struct EntropicFtrlRule : IUpdateRule
{
    /// <inheritdoc/>
    public static Normalization Normalization => Normalization.Softmax;

    /// <inheritdoc/>
    public static bool NeedsRegretScale => true;

    /// <inheritdoc/>
    public static double NextRegret(in SlotInputs slot, in RuleStep step) => slot.Regret + slot.Instant;

    /// <inheritdoc/>
    public static double Score(double nextRegret, in SlotInputs slot, in RuleStep step) =>
        step.Eta * (nextRegret + (step.Optimism * slot.Instant)) / slot.RegretScale;
}
