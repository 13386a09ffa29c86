namespace GameRL.Solvers.NormalForm;

/// <summary>
/// A finite Markov chain stored as compressed sparse rows of its off-diagonal transition probabilities: state s moves
/// to <see cref="Targets"/>(s) with <see cref="Probabilities"/>(s) and otherwise stays. The mass that leaves each state is
/// summed directly, so 1 − P(s, s) is exact even when every move out of s is tiny.
/// </summary>
internal sealed class MarkovChain
{
    private readonly int[] _rowStart;
    private readonly int[] _targets;
    private readonly double[] _probabilities;
    private readonly double[] _leave;

    /// <summary>Wraps the arrays (not copied); each row's targets must be distinct and differ from the row.</summary>
    public MarkovChain(int[] rowStart, int[] targets, double[] probabilities)
    {
        _rowStart = rowStart;
        _targets = targets;
        _probabilities = probabilities;
        NumStates = rowStart.Length - 1;
        _leave = new double[NumStates];
        for (int s = 0; s < NumStates; s++)
        {
            double sum = 0;
            foreach (double p in Probabilities(s))
            {
                sum += p;
            }

            _leave[s] = sum;
        }
    }

    /// <summary>Number of states.</summary>
    public int NumStates { get; }

    /// <summary>Number of stored off-diagonal transitions.</summary>
    public int NumTransitions => _targets.Length;

    /// <summary>The states that <paramref name="state"/> can move to.</summary>
    public ReadOnlySpan<int> Targets(int state) => _targets.AsSpan(_rowStart[state], _rowStart[state + 1] - _rowStart[state]);

    /// <summary>The probabilities of those moves.</summary>
    public ReadOnlySpan<double> Probabilities(int state) => _probabilities.AsSpan(_rowStart[state], _rowStart[state + 1] - _rowStart[state]);

    /// <summary>The probability of leaving <paramref name="state"/>, 1 − P(state, state).</summary>
    public double Leave(int state) => _leave[state];

    /// <summary>The full transition matrix P, rows summing to 1 (for tests and small chains).</summary>
    public double[,] ToDense()
    {
        var p = new double[NumStates, NumStates];
        for (int s = 0; s < NumStates; s++)
        {
            p[s, s] = 1 - _leave[s];
            var targets = Targets(s);
            var probabilities = Probabilities(s);
            for (int k = 0; k < targets.Length; k++)
            {
                p[s, targets[k]] += probabilities[k];
            }
        }

        return p;
    }
}
