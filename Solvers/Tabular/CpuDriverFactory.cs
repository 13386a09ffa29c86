using GameRL.Games.Tree;
using GameRL.Solvers.Tabular.Rules;

namespace GameRL.Solvers.Tabular;

/// <summary>Builds the CPU driver (<see cref="CounterfactualSolver{TRule}"/>) of a local rule.</summary>
internal sealed class CpuDriverFactory(GameTree tree, SolverOptions options) : ILocalRuleDriverFactory<TabularSolver>
{
    public TabularSolver Create<TRule>(LocalRuleSpec spec)
        where TRule : struct, IUpdateRule =>
        new CounterfactualSolver<TRule>(tree, options, spec);
}
