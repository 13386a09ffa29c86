namespace GameRL.Solvers.Tabular;

/// <summary>Step-size and temperature schedules of MMD (Sokota et al. 2023, App. H).</summary>
public enum MmdSchedule
{
    /// <summary>
    /// η_t = η₀/(Δ·√t) and α_t = α₀·Δ/√t with a fixed magnet, Δ the payoff range, so that the schedule does not depend
    /// on the payoff scale; defaults η₀ = 4, α₀ = 1/2, i.e. (1/√t, 2/√t) on Kuhn, whose range is 4 (Sokota et al. use
    /// (1/√t, 1/√t) there; the larger temperature kept all 300 random games of our property test stable). Converges to
    /// Nash.
    /// </summary>
    Annealed,

    /// <summary>Constant η and α with a magnet that moves towards the policy, ρ ← ρ^{1−η̃}·π^{η̃} (the default).</summary>
    MovingMagnet,

    /// <summary>Constant η and α with a fixed magnet: converges to the α-QRE.</summary>
    Fixed,
}
