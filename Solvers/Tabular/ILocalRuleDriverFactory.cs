using GameRL.Solvers.Tabular.Rules;

namespace GameRL.Solvers.Tabular;

/// <summary>
/// Builds a driver (CPU or GPU) for a local rule given as a type argument, so that one catalog maps algorithm names to
/// rules and schedules for every backend without reflection.
/// </summary>
/// <typeparam name="TResult">What the factory builds.</typeparam>
public interface ILocalRuleDriverFactory<out TResult>
{
    /// <summary>Builds the driver of rule <typeparamref name="TRule"/>.</summary>
    TResult Create<TRule>(LocalRuleSpec spec)
        where TRule : struct, IUpdateRule;
}
