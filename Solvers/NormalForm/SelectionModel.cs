namespace GameRL.Solvers.NormalForm;

/// <summary>How a single-population α-Rank computes fitness (OpenSpiel's <c>use_local_selection_model</c>).</summary>
public enum SelectionModel
{
    /// <summary>Fitness is the payoff against the one opposing strategy (OpenSpiel's default, <c>True</c>).</summary>
    Local,

    /// <summary>Fitness is the expected payoff against the rest of a population of m agents (a Moran process).</summary>
    Population,
}
