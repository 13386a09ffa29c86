using GameRL.Games.NormalForm;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// A meta-game with repeated policies written out as distinct, identical strategies (OpenSpiel's
/// <c>_expand_meta_game</c>, numpy.repeat along each player's axis, so copies sit next to each other) and the way back
/// (<c>_unexpand_meta_dist</c>: a distribution over the expanded game summed over copies).
/// </summary>
internal sealed class RepeatExpansion
{
    private readonly int[] _toOriginal;

    /// <summary>Expands <paramref name="game"/> by <paramref name="repeats"/>[p][a] copies of each action.</summary>
    public RepeatExpansion(PayoffTensor game, int[][] repeats)
    {
        int n = game.NumPlayers;
        var origin = new int[n][];
        for (int p = 0; p < n; p++)
        {
            origin[p] = repeats[p].SelectMany((count, a) => Enumerable.Repeat(a, count)).ToArray();
        }

        var shape = origin.Select(o => o.Length).ToArray();
        int numJoint = shape.Aggregate(1, (a, b) => checked(a * b));
        _toOriginal = new int[numJoint];
        var actions = new int[n];
        for (int e = 0; e < numJoint; e++)
        {
            int rest = e;
            for (int p = n - 1; p >= 0; p--)
            {
                actions[p] = origin[p][rest % shape[p]];
                rest /= shape[p];
            }

            _toOriginal[e] = game.JointIndex(actions);
        }

        var values = new double[n * numJoint];
        for (int p = 0; p < n; p++)
        {
            for (int e = 0; e < numJoint; e++)
            {
                values[(p * numJoint) + e] = game[p, _toOriginal[e]];
            }
        }

        Expanded = new PayoffTensor(shape, values);
        NumOriginal = game.NumJoint;
    }

    /// <summary>The expanded game.</summary>
    public PayoffTensor Expanded { get; }

    /// <summary>Number of joint actions of the original game.</summary>
    public int NumOriginal { get; }

    /// <summary>Sums a distribution over the expanded game onto the original joint actions.</summary>
    public double[] Collapse(double[] expanded)
    {
        var d = new double[NumOriginal];
        for (int e = 0; e < expanded.Length; e++)
        {
            d[_toOriginal[e]] += expanded[e];
        }

        return d;
    }
}
