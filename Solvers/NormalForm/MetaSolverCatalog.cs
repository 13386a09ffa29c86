using GameRL.Games.Api;

namespace GameRL.Solvers.NormalForm;

/// <summary>OpenSpiel's short names of the meta-solvers and the concept each one's output must satisfy.</summary>
public static class MetaSolverCatalog
{
    private static readonly (string Name, MetaSolverKind Kind)[] Table =
    [
        ("uni", MetaSolverKind.Uniform),
        ("undominated_uni", MetaSolverKind.UndominatedUniform),
        ("rj", MetaSolverKind.RandomJoint),
        ("undominated_rj", MetaSolverKind.UndominatedRandomJoint),
        ("rd", MetaSolverKind.RandomDirichlet),
        ("undominated_rd", MetaSolverKind.UndominatedRandomDirichlet),
        ("prd", MetaSolverKind.ProjectedReplicatorDynamics),
        ("alpharank", MetaSolverKind.AlphaRank),
        ("mgce", MetaSolverKind.MaxGiniCorrelated),
        ("min_epsilon_mgce", MetaSolverKind.MinEpsilonMaxGiniCorrelated),
        ("approx_mgce", MetaSolverKind.ApproxMaxGiniCorrelated),
        ("rmwce", MetaSolverKind.RandomMaxWelfareCorrelated),
        ("mwce", MetaSolverKind.MaxWelfareCorrelated),
        ("rvce", MetaSolverKind.RandomVertexCorrelated),
        ("mgcce", MetaSolverKind.MaxGiniCoarseCorrelated),
        ("min_epsilon_mgcce", MetaSolverKind.MinEpsilonMaxGiniCoarseCorrelated),
        ("approx_mgcce", MetaSolverKind.ApproxMaxGiniCoarseCorrelated),
        ("rmwcce", MetaSolverKind.RandomMaxWelfareCoarseCorrelated),
        ("mwcce", MetaSolverKind.MaxWelfareCoarseCorrelated),
        ("rvcce", MetaSolverKind.RandomVertexCoarseCorrelated),
    ];

    /// <summary>Every short name, in OpenSpiel's order.</summary>
    public static IReadOnlyList<string> Names { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>The solver with this short name; throws <see cref="GameRLException"/> listing the valid names.</summary>
    public static MetaSolverKind Parse(string name) =>
        TryParse(name, out var kind) ? kind : throw new GameRLException($"unknown meta-solver '{name}'; valid: {string.Join(", ", Names)}");

    /// <summary>Looks up a short name.</summary>
    public static bool TryParse(string name, out MetaSolverKind kind)
    {
        foreach (var (n, k) in Table)
        {
            if (n == name)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The short name of a solver.</summary>
    public static string NameOf(MetaSolverKind kind) => Table.First(t => t.Kind == kind).Name;

    /// <summary>The concept whose constraints the solver's output satisfies, or null for the baselines and <c>alpharank</c>.</summary>
    public static EquilibriumConcept? ConceptOf(MetaSolverKind kind) => kind switch
    {
        >= MetaSolverKind.MaxGiniCorrelated and <= MetaSolverKind.RandomVertexCorrelated => EquilibriumConcept.Correlated,
        >= MetaSolverKind.MaxGiniCoarseCorrelated => EquilibriumConcept.CoarseCorrelated,
        _ => null,
    };

    /// <summary>Whether the solver eliminates strictly dominated actions first (OpenSpiel's decorator).</summary>
    public static bool EliminatesDominated(MetaSolverKind kind) => kind is MetaSolverKind.UndominatedUniform
        or MetaSolverKind.UndominatedRandomJoint or MetaSolverKind.UndominatedRandomDirichlet or MetaSolverKind.AlphaRank
        || ConceptOf(kind) == EquilibriumConcept.Correlated;

    /// <summary>Whether the solver draws random numbers (so its output depends on the seed).</summary>
    public static bool IsRandom(MetaSolverKind kind) => kind is MetaSolverKind.RandomJoint or MetaSolverKind.UndominatedRandomJoint
        or MetaSolverKind.RandomDirichlet or MetaSolverKind.UndominatedRandomDirichlet
        or MetaSolverKind.RandomMaxWelfareCorrelated or MetaSolverKind.RandomVertexCorrelated
        or MetaSolverKind.RandomMaxWelfareCoarseCorrelated or MetaSolverKind.RandomVertexCoarseCorrelated;
}
