namespace GameRL.Solvers.Tabular.Rules;

/// <summary>What the driver knows about one action slot at the moment a rule updates it.</summary>
/// <param name="Regret">The cumulative regret (or rule state) before this update.</param>
/// <param name="Instant">The instantaneous counterfactual regret v(x,a) − v(x).</param>
/// <param name="ActionValue">The counterfactual action value v(x,a).</param>
/// <param name="Policy">The current probability π_t(a|x).</param>
/// <param name="LogMagnet">log ρ(a|x) of the magnet (MMD only; 0 otherwise).</param>
/// <param name="CounterfactualReach">π_{−i}(x) = Σ_{h∈x} π_{−i}(h), chance included (MMD only; 1 otherwise).</param>
/// <param name="RegretScale">
/// √(Σ_t ‖r_t(x)‖²/|A(x)|), the root-mean-square size of the infoset's instantaneous regrets so far, for rules whose
/// step must not depend on how likely the infoset is to be reached (FTRL); 1 for other rules.
/// </param>
public readonly record struct SlotInputs(double Regret, double Instant, double ActionValue, double Policy, double LogMagnet, double CounterfactualReach, double RegretScale);
