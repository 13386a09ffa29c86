namespace GameRL.Solvers.Tabular;

/// <summary>Step-size and temperature schedules of MMD (Sokota et al. 2023, App. H).</summary>
public enum MmdSchedule
{
    /// <summary>η_t = η₀/√t and α_t = α₀/√t with a fixed magnet (defaults η₀ = α₀ = 1): converges to Nash.</summary>
    Annealed,

    /// <summary>Constant η and α with a magnet that moves towards the policy, ρ ← ρ^{1−η̃}·π^{η̃} (the default).</summary>
    MovingMagnet,

    /// <summary>Constant η and α with a fixed magnet: converges to the α-QRE.</summary>
    Fixed,
}
