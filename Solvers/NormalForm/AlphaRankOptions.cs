namespace GameRL.Solvers.NormalForm;

/// <summary>The finite-α parameters of α-Rank (OpenSpiel's <c>alpharank.compute</c> defaults).</summary>
public sealed record AlphaRankOptions
{
    /// <summary>Population size m: a neutral mutant fixates with probability 1/m.</summary>
    /// <value>The default value is 50. Must be at least 2.</value>
    public int PopulationSize { get; init; } = 50;

    /// <summary>Ranking intensity α, the selection pressure of the Fermi rule; larger α ranks by smaller payoff gaps.</summary>
    /// <value>The default value is 100. Must be finite and positive.</value>
    public double Alpha { get; init; } = 100;
}
