using GameRL.Games.NormalForm;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// Repeat counts of a meta-game (OpenSpiel's <c>_get_repeat_factor</c>): a policy found k times counts as k identical
/// copies. The joint factor r(a) = Π_p r_p(a_p) weights the distribution and the Gini term; a CE row of player p uses
/// r(a)/r_p(a_p), because p's recommendation is one copy.
/// </summary>
internal sealed class RepeatFactors
{
    private readonly PayoffTensor _payoffs;
    private readonly int[][] _repeats;

    public RepeatFactors(PayoffTensor payoffs, int[][] repeats)
    {
        _payoffs = payoffs;
        _repeats = repeats;
        Joint = new double[payoffs.NumJoint];
        for (int j = 0; j < Joint.Length; j++)
        {
            double r = 1;
            for (int p = 0; p < payoffs.NumPlayers; p++)
            {
                r *= repeats[p][payoffs.ActionOf(j, p)];
            }

            Joint[j] = r;
        }
    }

    /// <summary>r(a) per joint action.</summary>
    public double[] Joint { get; }

    /// <summary>The weight of column <paramref name="joint"/> in a row of <paramref name="concept"/> for player <paramref name="player"/>.</summary>
    public double RowWeight(EquilibriumConcept concept, int player, int joint) =>
        concept == EquilibriumConcept.Correlated ? Joint[joint] / _repeats[player][_payoffs.ActionOf(joint, player)] : Joint[joint];

    /// <summary>All-ones repeats for a tensor.</summary>
    public static int[][] Ones(PayoffTensor payoffs) => payoffs.NumActions.Select(n => Enumerable.Repeat(1, n).ToArray()).ToArray();
}
