namespace GameRL.Solvers.Tabular.Rules;

/// <summary>
/// The per-iteration scalars of a rule, computed once per iteration by the driver from the options and schedules,
/// so that the per-slot functions stay pure arithmetic (and run unchanged inside GPU kernels).
/// </summary>
/// <param name="Iteration">t, 1-based.</param>
/// <param name="AveragingWeight">w_t of the average policy.</param>
/// <param name="Eta">Step size η_t (FTRL, MMD).</param>
/// <param name="Temperature">Regularisation α_t (MMD).</param>
/// <param name="Optimism">1 for optimistic rules (the last instantaneous regret is the prediction), else 0.</param>
/// <param name="DiscountPositive">DCFR factor for positive cumulative regrets, t^α/(t^α+1).</param>
/// <param name="DiscountNegative">DCFR factor for non-positive cumulative regrets, t^β/(t^β+1).</param>
public readonly record struct RuleStep(
    int Iteration,
    double AveragingWeight,
    double Eta,
    double Temperature,
    double Optimism,
    double DiscountPositive,
    double DiscountNegative);
