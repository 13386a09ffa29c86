namespace GameRL.Solvers.Tabular;

/// <summary>Which iterate a solver's answer is: the (weighted) average policy or the last one.</summary>
public enum OutputIterate
{
    /// <summary>The weighted average of the iterates (CFR and FTRL families).</summary>
    Average,

    /// <summary>The last iterate (MMD).</summary>
    Last,
}
