namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The meta-solvers of OpenSpiel's JPSRO (<c>jpsro.py</c>, <c>FLAG_TO_FUNC</c>); <see cref="MetaSolverCatalog"/> maps
/// them to and from OpenSpiel's short names. The <c>undominated_*</c> solvers, <c>alpharank</c> and the CE solvers first
/// eliminate strictly dominated actions; the CCE solvers do not.
/// </summary>
public enum MetaSolverKind
{
    /// <summary><c>uni</c>: the product of per-player marginals proportional to repeat counts (uniform without repeats).</summary>
    Uniform,

    /// <summary><c>undominated_uni</c>: <c>uni</c> after iterated strict-dominance elimination.</summary>
    UndominatedUniform,

    /// <summary><c>rj</c>: a one-hot draw of one joint action, uniformly at random.</summary>
    RandomJoint,

    /// <summary><c>undominated_rj</c>: <c>rj</c> after dominance elimination.</summary>
    UndominatedRandomJoint,

    /// <summary><c>rd</c>: a Dirichlet(1, …, 1) draw over joint actions.</summary>
    RandomDirichlet,

    /// <summary><c>undominated_rd</c>: <c>rd</c> after dominance elimination.</summary>
    UndominatedRandomDirichlet,

    /// <summary><c>prd</c>: projected replicator dynamics; the outer product of its per-player strategies.</summary>
    ProjectedReplicatorDynamics,

    /// <summary>
    /// <c>alpharank</c>: the stationary distribution of infinite-α α-Rank from OpenSpiel's ε sweep
    /// (<see cref="AlphaRank.SweepEpsilon"/>), after dominance elimination, on the game expanded by repeats.
    /// </summary>
    AlphaRank,

    /// <summary><c>mgce</c>: the maximum-Gini correlated equilibrium (a QP with a unique solution).</summary>
    MaxGiniCorrelated,

    /// <summary><c>min_epsilon_mgce</c>: maximum Gini minus 2ε over CE constraints tightened by a shared ε ≤ 0.</summary>
    MinEpsilonMaxGiniCorrelated,

    /// <summary><c>approx_mgce</c>: the maximum-Gini ε-CE with ε = 0.01 · the largest mean row gain.</summary>
    ApproxMaxGiniCorrelated,

    /// <summary><c>rmwce</c>: maximum-welfare CE with a N(0,1)·1e-6 random tie-break on the objective.</summary>
    RandomMaxWelfareCorrelated,

    /// <summary><c>mwce</c>: maximum-welfare CE (an LP).</summary>
    MaxWelfareCorrelated,

    /// <summary><c>rvce</c>: a random vertex of the CE polytope (an LP with a N(0,1) objective).</summary>
    RandomVertexCorrelated,

    /// <summary><c>mgcce</c>: the maximum-Gini coarse correlated equilibrium.</summary>
    MaxGiniCoarseCorrelated,

    /// <summary><c>min_epsilon_mgcce</c>: maximum Gini minus 2ε over CCE constraints tightened by a shared ε ≤ 0.</summary>
    MinEpsilonMaxGiniCoarseCorrelated,

    /// <summary><c>approx_mgcce</c>: the maximum-Gini ε-CCE with ε = 0.01 · the largest mean row gain.</summary>
    ApproxMaxGiniCoarseCorrelated,

    /// <summary><c>rmwcce</c>: maximum-welfare CCE with a random tie-break.</summary>
    RandomMaxWelfareCoarseCorrelated,

    /// <summary><c>mwcce</c>: maximum-welfare CCE (an LP).</summary>
    MaxWelfareCoarseCorrelated,

    /// <summary><c>rvcce</c>: a random vertex of the CCE polytope.</summary>
    RandomVertexCoarseCorrelated,
}
