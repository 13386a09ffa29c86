using GameRL.Games.NormalForm;
using GameRL.Games.Tree;
using GameRL.Solvers.Evaluation;
using GameRL.Solvers.Policies;

namespace GameRL.Solvers.Jpsro;

/// <summary>
/// The outcome of a JPSRO run: per-round gaps, each player's population (slot probabilities and repeat counts), the final
/// exact meta-game and the final train and eval meta-distributions over joint policies.
/// </summary>
public sealed class JpsroResult
{
    internal JpsroResult(GameTree tree, JpsroOptions options, IReadOnlyList<JpsroIteration> iterations, PolicyPool pool, double[] train, double[] eval)
    {
        Tree = tree;
        Options = options;
        Iterations = iterations;
        MetaGame = pool.Tensor ?? throw new InvalidOperationException("the meta-game was never built");
        Policies = Enumerable.Range(0, tree.NumPlayers)
            .Select(p => (IReadOnlyList<double[]>)Enumerable.Range(0, pool.Count(p)).Select(i => pool.Policy(p, i)).ToArray())
            .ToArray();
        Repeats = pool.Repeats;
        TrainDistribution = train;
        EvalDistribution = eval;
    }

    /// <summary>The game.</summary>
    public GameTree Tree { get; }

    /// <summary>The options of the run.</summary>
    public JpsroOptions Options { get; }

    /// <summary>One record per round.</summary>
    public IReadOnlyList<JpsroIteration> Iterations { get; }

    /// <summary>Policies[p][i]: player p's policy i as probabilities over p's slots ([PlayerSlotStart[p], PlayerSlotStart[p+1])).</summary>
    public IReadOnlyList<IReadOnlyList<double[]>> Policies { get; }

    /// <summary>Repeats[p][i]: how often policy i of player p was found.</summary>
    public int[][] Repeats { get; }

    /// <summary>The exact meta-game: joint policy ids → expected returns.</summary>
    public PayoffTensor MetaGame { get; }

    /// <summary>The train meta-solver's final distribution over joint policies.</summary>
    public double[] TrainDistribution { get; }

    /// <summary>The eval meta-solver's final distribution over joint policies.</summary>
    public double[] EvalDistribution { get; }

    /// <summary>The eval gap of the last round.</summary>
    public double FinalEvalGap => Iterations[^1].EvalGap;

    /// <summary>The full joint tabular policy of one joint profile (policy ids per player).</summary>
    public TabularPolicy JointPolicy(ReadOnlySpan<int> ids)
    {
        var slots = new double[Tree.NumSlots];
        for (int p = 0; p < Tree.NumPlayers; p++)
        {
            Policies[p][ids[p]].CopyTo(slots, Tree.PlayerSlotStart[p]);
        }

        return new TabularPolicy(Tree, slots);
    }

    /// <summary>The correlation device of a distribution over joint profiles (entries with positive mass).</summary>
    public CorrelationDevice Device(double[] distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var ids = new int[Tree.NumPlayers];
        var entries = new List<(double, TabularPolicy)>();
        for (int j = 0; j < distribution.Length; j++)
        {
            if (distribution[j] > 0)
            {
                for (int p = 0; p < ids.Length; p++)
                {
                    ids[p] = MetaGame.ActionOf(j, p);
                }

                entries.Add((distribution[j], JointPolicy(ids)));
            }
        }

        return new CorrelationDevice(entries);
    }

    /// <summary>
    /// The behavioural profile in which each player independently mixes its policies by its marginal of
    /// <paramref name="distribution"/> (realization-weighted, as OpenSpiel's <c>PolicyAggregator</c>; uniform where
    /// unreached). In two-player zero-sum games the marginals of a CCE form a Nash equilibrium.
    /// </summary>
    public TabularPolicy MarginalPolicy(double[] distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var t = Tree;
        var weights = new double[t.NumSlots];
        var x = new double[t.NumSequences];
        for (int p = 0; p < t.NumPlayers; p++)
        {
            var marginal = new double[Policies[p].Count];
            for (int j = 0; j < distribution.Length; j++)
            {
                marginal[MetaGame.ActionOf(j, p)] += distribution[j];
            }

            for (int i = 0; i < marginal.Length; i++)
            {
                if (marginal[i] <= 0)
                {
                    continue;
                }

                var full = JointPolicy(Enumerable.Repeat(0, t.NumPlayers).Select((_, q) => q == p ? i : 0).ToArray());
                PolicyEvaluator.Realization(t, full.Probabilities, x);
                for (int s = t.PlayerSlotStart[p]; s < t.PlayerSlotStart[p + 1]; s++)
                {
                    weights[s] += marginal[i] * x[t.SequenceOfSlot(s)];
                }
            }
        }

        return TabularPolicy.FromUnnormalised(t, weights);
    }
}
