namespace GameRL.Solvers.Tabular.Passes;

/// <summary>
/// Per-infoset steps of exact evaluation in gather form, for drivers that process a tree level by level (the ILGPU
/// driver): after the gains of a player's sequences are in <see cref="SolverViews{TD,TI}.Values"/>, the value of
/// infoset x is the best (or the expected) v(x,a) = g(x,a) + Σ_{children x'} v(x'); its children must be done.
/// </summary>
public static class EvaluationPasses
{
    /// <summary>Best-response value of infoset i: max over actions, ties to the lowest action id.</summary>
    public static void BestResponse<TD, TI>(int i, in SolverViews<TD, TI> v)
        where TD : struct, IDoubleArray
        where TI : struct, IIntArray
    {
        int first = v.FirstSlot.Get(i);
        int end = first + v.NumActions.Get(i);
        double best = double.NegativeInfinity;
        for (int s = first; s < end; s++)
        {
            double q = ActionValue(s, v);
            if (q > best)
            {
                best = q;
            }
        }

        v.InfosetValue.Set(i, best);
    }

    /// <summary>On-policy value of infoset i: Σ_a π(a|x)·v(x,a).</summary>
    public static void Expectation<TD, TI>(int i, in SolverViews<TD, TI> v)
        where TD : struct, IDoubleArray
        where TI : struct, IIntArray
    {
        int first = v.FirstSlot.Get(i);
        int end = first + v.NumActions.Get(i);
        double value = 0;
        for (int s = first; s < end; s++)
        {
            value += v.Policy.Get(s) * ActionValue(s, v);
        }

        v.InfosetValue.Set(i, value);
    }

    /// <summary>
    /// Value of player p's empty sequence: its terminal gain plus the values of p's root infosets
    /// <c>roots[0..count)</c>; written back into <c>Values[p]</c>.
    /// </summary>
    public static void RootValue<TD, TI>(int player, TI roots, int count, in SolverViews<TD, TI> v)
        where TD : struct, IDoubleArray
        where TI : struct, IIntArray
    {
        double total = v.Values.Get(player);
        for (int r = 0; r < count; r++)
        {
            total += v.InfosetValue.Get(roots.Get(r));
        }

        v.Values.Set(player, total);
    }

    /// <summary>v(x,a) of slot s: its gain plus the values of its child infosets.</summary>
    public static double ActionValue<TD, TI>(int s, in SolverViews<TD, TI> v)
        where TD : struct, IDoubleArray
        where TI : struct, IIntArray
    {
        double q = v.Values.Get(v.NumPlayers + s);
        int end = v.SlotChildStart.Get(s + 1);
        for (int c = v.SlotChildStart.Get(s); c < end; c++)
        {
            q += v.InfosetValue.Get(v.SlotChildren.Get(c));
        }

        return q;
    }
}
