namespace GameRL.Solvers.NormalForm;

/// <summary>Which correlated solution concept a constraint set, gap or best response targets.</summary>
public enum EquilibriumConcept
{
    /// <summary>
    /// Correlated equilibrium (Aumann 1974): no player gains by deviating from a recommended action to another,
    /// conditioned on the recommendation. One constraint per player and ordered pair of own actions.
    /// </summary>
    Correlated,

    /// <summary>
    /// Coarse correlated equilibrium (Moulin and Vial 1978): no player gains by committing to a fixed action before
    /// seeing the recommendation. One constraint per player and deviation action.
    /// </summary>
    CoarseCorrelated,
}
