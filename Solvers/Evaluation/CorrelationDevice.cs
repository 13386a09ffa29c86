using GameRL.Solvers.Policies;

namespace GameRL.Solvers.Evaluation;

/// <summary>
/// A distribution over joint policies (von Stengel and Forges 2008; OpenSpiel's <c>CorrelationDevice</c>): a mediator
/// draws one joint policy with its probability and recommends to every player its part. Each entry is a full
/// <see cref="TabularPolicy"/> of the same compiled game.
/// </summary>
/// <param name="Entries">The joint policies and their probabilities (non-negative, summing to 1).</param>
public sealed record CorrelationDevice(IReadOnlyList<(double Probability, TabularPolicy Policy)> Entries)
{
    /// <summary>Uniform over the given joint policies (OpenSpiel's <c>UniformCorrelationDevice</c>).</summary>
    public static CorrelationDevice Uniform(IReadOnlyList<TabularPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        return new CorrelationDevice(policies.Select(p => (1.0 / policies.Count, p)).ToArray());
    }
}
