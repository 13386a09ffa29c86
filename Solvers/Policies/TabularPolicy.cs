using GameRL.Games.Api;
using GameRL.Games.Tree;

namespace GameRL.Solvers.Policies;

/// <summary>
/// A behavioural policy for every infoset of a compiled game: one probability per action slot of the
/// <see cref="GameTree"/>. Immutable; keyed by information-state string when read from or written to a file.
/// </summary>
public sealed class TabularPolicy
{
    private readonly double[] _probabilities;

    /// <summary>Wraps per-slot probabilities; every infoset's slots must be finite, non-negative and sum to 1 (within 1e-9).</summary>
    public TabularPolicy(GameTree tree, double[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (probabilities.Length != tree.NumSlots)
        {
            throw new ArgumentException($"expected {tree.NumSlots} slot probabilities, got {probabilities.Length}", nameof(probabilities));
        }

        for (int i = 0; i < tree.NumInfosets; i++)
        {
            var slice = probabilities.AsSpan(tree.InfosetFirstSlot[i], tree.InfosetNumActions[i]);
            double sum = 0;
            foreach (double p in slice)
            {
                if (!double.IsFinite(p) || p < 0)
                {
                    throw new GameRLException($"policy: infoset '{tree.InfosetKey[i]}' has an invalid probability {p}");
                }

                sum += p;
            }

            if (Math.Abs(sum - 1) > 1e-9)
            {
                throw new GameRLException($"policy: probabilities of infoset '{tree.InfosetKey[i]}' sum to {sum}, not 1");
            }
        }

        Tree = tree;
        _probabilities = probabilities;
    }

    /// <summary>The compiled game this policy covers.</summary>
    public GameTree Tree { get; }

    /// <summary>All slot probabilities, indexed like the tree's action slots.</summary>
    public ReadOnlySpan<double> Probabilities => _probabilities;

    /// <summary>The probabilities of one infoset's legal actions, in the order of <see cref="GameTree.SlotAction"/>.</summary>
    public ReadOnlySpan<double> ActionProbabilities(int infoset) =>
        _probabilities.AsSpan(Tree.InfosetFirstSlot[infoset], Tree.InfosetNumActions[infoset]);

    /// <summary>The probability of <paramref name="action"/> at the infoset with string <paramref name="infostate"/> (0 if illegal).</summary>
    public double Probability(string infostate, int action)
    {
        int i = Tree.FindInfoset(infostate);
        if (i < 0)
        {
            throw new KeyNotFoundException($"no infoset '{infostate}' in {Tree.Game.Spec}");
        }

        for (int s = Tree.InfosetFirstSlot[i]; s < Tree.InfosetFirstSlot[i] + Tree.InfosetNumActions[i]; s++)
        {
            if (Tree.SlotAction[s] == action)
            {
                return _probabilities[s];
            }
        }

        return 0;
    }

    /// <summary>Copies the probabilities into a new array (for solvers that start from a policy).</summary>
    public double[] ToArray() => (double[])_probabilities.Clone();

    /// <summary>Uniform over legal actions at every infoset.</summary>
    public static TabularPolicy Uniform(GameTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var p = new double[tree.NumSlots];
        for (int s = 0; s < p.Length; s++)
        {
            p[s] = 1.0 / tree.InfosetNumActions[tree.SlotInfoset[s]];
        }

        return new TabularPolicy(tree, p);
    }

    /// <summary>Always the lowest legal action id (OpenSpiel's FirstActionPolicy).</summary>
    public static TabularPolicy FirstAction(GameTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var p = new double[tree.NumSlots];
        for (int i = 0; i < tree.NumInfosets; i++)
        {
            p[tree.InfosetFirstSlot[i]] = 1;
        }

        return new TabularPolicy(tree, p);
    }

    /// <summary>A random policy: at each infoset, uniform random weights normalised; the same seed gives the same policy.</summary>
    public static TabularPolicy Random(GameTree tree, int seed)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var rng = new Random(seed);
        var p = new double[tree.NumSlots];
        for (int i = 0; i < tree.NumInfosets; i++)
        {
            var slice = p.AsSpan(tree.InfosetFirstSlot[i], tree.InfosetNumActions[i]);
            double sum = 0;
            for (int a = 0; a < slice.Length; a++)
            {
                slice[a] = rng.NextDouble() + 1e-12;
                sum += slice[a];
            }

            for (int a = 0; a < slice.Length; a++)
            {
                slice[a] /= sum;
            }
        }

        return FromUnnormalised(tree, p);
    }

    /// <summary>Builds a policy from non-negative weights per slot, normalising each infoset (uniform where all weights are 0).</summary>
    public static TabularPolicy FromUnnormalised(GameTree tree, double[] weights)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(weights);
        var p = new double[tree.NumSlots];
        for (int i = 0; i < tree.NumInfosets; i++)
        {
            int first = tree.InfosetFirstSlot[i];
            int k = tree.InfosetNumActions[i];
            double sum = 0;
            for (int s = first; s < first + k; s++)
            {
                sum += weights[s];
            }

            for (int s = first; s < first + k; s++)
            {
                p[s] = sum > 0 ? weights[s] / sum : 1.0 / k;
            }
        }

        return new TabularPolicy(tree, p);
    }
}
