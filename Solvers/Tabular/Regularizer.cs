namespace GameRL.Solvers.Tabular;

/// <summary>The local regulariser of the FTRL family.</summary>
public enum Regularizer
{
    /// <summary>Negative entropy: the update is Hedge (softmax of scaled regrets).</summary>
    Entropy,

    /// <summary>½‖p‖²: the update is a projection onto the simplex.</summary>
    Euclidean,
}
