namespace GameRL.Solvers.Tabular.Passes;

/// <summary>
/// Every array one iteration of a local rule touches, as views: managed arrays for the CPU driver, device views for
/// the ILGPU driver. Passed by value into kernels, so it holds only views and scalars.
/// </summary>
/// <typeparam name="TD">The double array view.</typeparam>
/// <typeparam name="TI">The int array view.</typeparam>
public struct SolverViews<TD, TI>
    where TD : struct, IDoubleArray
    where TI : struct, IIntArray
{
    /// <summary>Number of players; sequence p &lt; NumPlayers is p's empty sequence, NumPlayers + slot the others.</summary>
    public int NumPlayers;

    /// <summary>First slot of each infoset.</summary>
    public TI FirstSlot;

    /// <summary>Number of actions of each infoset.</summary>
    public TI NumActions;

    /// <summary>Parent sequence of each infoset.</summary>
    public TI ParentSequence;

    /// <summary>CSR start of each slot's child infosets.</summary>
    public TI SlotChildStart;

    /// <summary>Child infosets of each slot.</summary>
    public TI SlotChildren;

    /// <summary>Current policy per slot.</summary>
    public TD Policy;

    /// <summary>Cumulative regret (or rule state) per slot.</summary>
    public TD Regret;

    /// <summary>Average-policy accumulator per slot.</summary>
    public TD Average;

    /// <summary>Realization plan per sequence.</summary>
    public TD Realization;

    /// <summary>Per sequence: the terminal gains, then (after the infoset update) the counterfactual action value.</summary>
    public TD Values;

    /// <summary>Counterfactual value of each infoset under the current policy.</summary>
    public TD InfosetValue;

    /// <summary>Per sequence: chance × opponents' reach of the terminals, then its subtree total (MMD only).</summary>
    public TD Reach;

    /// <summary>Counterfactual reach π_{−i}(x) of each infoset (MMD only).</summary>
    public TD InfosetReach;

    /// <summary>Running Σ_t ‖r_t‖²/|A| of each infoset (FTRL only).</summary>
    public TD Squares;

    /// <summary>log ρ of the magnet per slot (MMD only).</summary>
    public TD LogMagnet;

    /// <summary>1 when the counterfactual reach and the magnet are maintained (MMD), else 0.</summary>
    public int UsesReach;

    /// <summary>Probabilities are clipped to at least this and renormalised (MMD: 1e-10; 0 = off).</summary>
    public double ProbabilityFloor;
}
