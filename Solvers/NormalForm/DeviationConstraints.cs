using GameRL.Games.NormalForm;

namespace GameRL.Solvers.NormalForm;

/// <summary>
/// The linear (C)CE constraints of an n-player payoff tensor as a sparse matrix over joint actions, one row per
/// deviation, each row <c>Σ_a x(a)·gain(a) ≤ ε_p</c> (OpenSpiel's <c>_ace_constraints</c> and <c>_cce_constraints</c>):
/// <list type="bullet">
/// <item>CE, player p, ordered pair a₀ ≠ a₁: gain(a₀, a₋ₚ) = u_p(a₁, a₋ₚ) − u_p(a₀, a₋ₚ), zero off the a₀ slice;</item>
/// <item>CCE, player p, deviation a′: gain(a) = u_p(a′, a₋ₚ) − u_p(a) on every joint action.</item>
/// </list>
/// Gains with |gain| below the zero tolerance are dropped; with redundant-row removal, rows that are all zero or whose
/// largest entry (implicit zeros included, as in OpenSpiel) is below ε_p, so that they hold for every
/// distribution, are removed.
/// </summary>
public sealed class DeviationConstraints
{
    private readonly int[] _rowStart;
    private readonly int[] _column;
    private readonly double[] _value;
    private readonly int[] _rowPlayer;
    private readonly int[] _rowFrom;
    private readonly int[] _rowTo;
    private readonly double[] _bound;

    private DeviationConstraints(EquilibriumConcept concept, int numJoint, List<int> rowStart, List<int> column, List<double> value, List<int> player, List<int> from, List<int> to, List<double> bound)
    {
        Concept = concept;
        NumJoint = numJoint;
        _rowStart = [.. rowStart];
        _column = [.. column];
        _value = [.. value];
        _rowPlayer = [.. player];
        _rowFrom = [.. from];
        _rowTo = [.. to];
        _bound = [.. bound];
    }

    /// <summary>The concept these constraints define.</summary>
    public EquilibriumConcept Concept { get; }

    /// <summary>Number of joint actions (columns).</summary>
    public int NumJoint { get; }

    /// <summary>Number of constraint rows kept.</summary>
    public int NumRows => _rowPlayer.Length;

    /// <summary>Number of stored nonzero gains.</summary>
    public int NumNonzeros => _column.Length;

    /// <summary>The deviating player of a row.</summary>
    public int RowPlayer(int row) => _rowPlayer[row];

    /// <summary>The recommended action a₀ of a CE row, or −1 for a CCE row.</summary>
    public int RowFrom(int row) => _rowFrom[row];

    /// <summary>The deviation action (a₁ for CE, a′ for CCE) of a row.</summary>
    public int RowTo(int row) => _rowTo[row];

    /// <summary>The right-hand side ε_p of a row.</summary>
    public double Bound(int row) => _bound[row];

    /// <summary>The joint-action columns of a row's nonzero gains.</summary>
    public ReadOnlySpan<int> Columns(int row) => _column.AsSpan(_rowStart[row], _rowStart[row + 1] - _rowStart[row]);

    /// <summary>The nonzero gains of a row, aligned with <see cref="Columns"/>.</summary>
    public ReadOnlySpan<double> Gains(int row) => _value.AsSpan(_rowStart[row], _rowStart[row + 1] - _rowStart[row]);

    /// <summary>Σ_a x(a)·gain(a) of one row.</summary>
    public double RowValue(int row, ReadOnlySpan<double> x)
    {
        double s = 0;
        for (int k = _rowStart[row]; k < _rowStart[row + 1]; k++)
        {
            s += _value[k] * x[_column[k]];
        }

        return s;
    }

    /// <summary>The largest violation max(0, max_row (row·x − ε)) of a distribution.</summary>
    public double MaxViolation(ReadOnlySpan<double> x)
    {
        if (x.Length != NumJoint)
        {
            throw new ArgumentException($"expected {NumJoint} probabilities, got {x.Length}", nameof(x));
        }

        double worst = 0;
        for (int r = 0; r < NumRows; r++)
        {
            worst = Math.Max(worst, RowValue(r, x) - _bound[r]);
        }

        return worst;
    }

    /// <summary>Builds the constraints of <paramref name="concept"/> with the same ε for every player.</summary>
    public static DeviationConstraints Build(PayoffTensor payoffs, EquilibriumConcept concept, double epsilon = 0, double zeroTolerance = 1e-8, bool removeRedundant = true)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        var eps = new double[payoffs.NumPlayers];
        Array.Fill(eps, epsilon);
        return Build(payoffs, concept, eps, zeroTolerance, removeRedundant);
    }

    /// <summary>Builds the constraints of <paramref name="concept"/> with a per-player ε.</summary>
    public static DeviationConstraints Build(PayoffTensor payoffs, EquilibriumConcept concept, ReadOnlySpan<double> epsilons, double zeroTolerance, bool removeRedundant)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        if (epsilons.Length != payoffs.NumPlayers)
        {
            throw new ArgumentException($"expected {payoffs.NumPlayers} epsilons", nameof(epsilons));
        }

        var rowStart = new List<int> { 0 };
        var column = new List<int>();
        var value = new List<double>();
        var player = new List<int>();
        var from = new List<int>();
        var to = new List<int>();
        var bound = new List<double>();
        bool ce = concept == EquilibriumConcept.Correlated;
        for (int p = 0; p < payoffs.NumPlayers; p++)
        {
            int numActions = payoffs.NumActions[p];
            var u = payoffs.Of(p);
            int stride = payoffs.Stride(p);
            int[] bases = SliceBases(payoffs, p);
            for (int a0 = ce ? 0 : -1; a0 < (ce ? numActions : 0); a0++)
            {
                for (int a1 = 0; a1 < numActions; a1++)
                {
                    if (a0 == a1)
                    {
                        continue;
                    }

                    int mark = column.Count;

                    // A CE row is implicitly 0 off its a0 slice, and a CCE row is 0 where p already plays a1.
                    double max = 0;
                    foreach (int b in bases)
                    {
                        int deviation = b + (a1 * stride);
                        for (int own = ce ? a0 : 0; own < (ce ? a0 + 1 : numActions); own++)
                        {
                            int joint = b + (own * stride);
                            double gain = u[deviation] - u[joint];
                            if (Math.Abs(gain) <= zeroTolerance)
                            {
                                continue;
                            }

                            max = Math.Max(max, gain);
                            column.Add(joint);
                            value.Add(gain);
                        }
                    }

                    bool isNull = column.Count == mark;
                    if (removeRedundant && (isNull || max < epsilons[p]))
                    {
                        column.RemoveRange(mark, column.Count - mark);
                        value.RemoveRange(mark, value.Count - mark);
                        continue;
                    }

                    rowStart.Add(column.Count);
                    player.Add(p);
                    from.Add(a0);
                    to.Add(a1);
                    bound.Add(epsilons[p]);
                }
            }
        }

        return new DeviationConstraints(concept, payoffs.NumJoint, rowStart, column, value, player, from, to, bound);
    }

    /// <summary>The joint actions where <paramref name="player"/> plays action 0, in increasing order.</summary>
    internal static int[] SliceBases(PayoffTensor payoffs, int player)
    {
        var bases = new int[payoffs.NumJoint / payoffs.NumActions[player]];
        int k = 0;
        for (int joint = 0; joint < payoffs.NumJoint; joint++)
        {
            if (payoffs.ActionOf(joint, player) == 0)
            {
                bases[k++] = joint;
            }
        }

        return bases;
    }
}
