namespace GameRL.Solvers.Tabular;

/// <summary>Whether players are updated one after another within an iteration or all from the same policies.</summary>
public enum UpdateMode
{
    /// <summary>Player p+1 is updated against player p's new policy (OpenSpiel's CFR default).</summary>
    Alternating,

    /// <summary>Every player is updated against the policies at the start of the iteration.</summary>
    Simultaneous,
}
