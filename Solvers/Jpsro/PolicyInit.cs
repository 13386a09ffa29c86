namespace GameRL.Solvers.Jpsro;

/// <summary>How JPSRO's first policy of each player is chosen (OpenSpiel's <c>INIT_POLICIES</c>).</summary>
public enum PolicyInit
{
    /// <summary><c>uniform</c>: uniform over legal actions at every infoset.</summary>
    Uniform,

    /// <summary><c>random_deterministic</c>: one uniformly random legal action at every infoset (seeded).</summary>
    RandomDeterministic,
}
