using System.Runtime.CompilerServices;
namespace GameRL.Solvers.Tabular.Passes;

/// <summary>
/// The per-element steps of one solver iteration that are not rule-specific: realization plans (top-down, one
/// infoset at a time) and sequence-form gains (one row of terminals at a time). The CPU driver loops over them; the
/// ILGPU driver runs one GPU thread per infoset or row.
/// </summary>
public static class SequenceFormPasses
{
    /// <summary>x[N + s] = x[σ(i)]·π(s) for the slots of infoset i (its parent sequence must be done).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Realize<TD, TI>(int i, in SolverViews<TD, TI> v)
        where TD : struct, IDoubleArray
        where TI : struct, IIntArray
    {
        int first = v.FirstSlot.Get(i);
        int end = first + v.NumActions.Get(i);
        double reach = v.Realization.Get(v.ParentSequence.Get(i));
        for (int s = first; s < end; s++)
        {
            v.Realization.Set(v.NumPlayers + s, reach * v.Policy.Get(s));
        }
    }

    /// <summary>
    /// Two players: row r of a player's matrix, g(σ) = Σ_k gain[k]·x[column[k]] written at <paramref name="sequence"/>,
    /// and, when <paramref name="withReach"/> is 1, Σ_k chance[k]·x[column[k]] into <paramref name="reach"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void GainsRowTwoPlayer<TD, TI>(int r, int sequence, TI rowStart, TI column, TD gain, TD chance, TD x, TD values, TD reach, int withReach)
        where TD : struct, IDoubleArray
        where TI : struct, IIntArray
    {
        double g = 0;
        double c = 0;
        int end = rowStart.Get(r + 1);
        for (int k = rowStart.Get(r); k < end; k++)
        {
            double xo = x.Get(column.Get(k));
            g += gain.Get(k) * xo;
            if (withReach != 0)
            {
                c += chance.Get(k) * xo;
            }
        }

        values.Set(sequence, g);
        if (withReach != 0)
        {
            reach.Set(sequence, c);
        }
    }

    /// <summary>
    /// Any number of players: like <see cref="GainsRowTwoPlayer"/> with the product of the other players' realization
    /// plans; <paramref name="terminalSequence"/> is flattened as [q·Z + z].
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void GainsRowManyPlayers<TD, TI>(int r, int sequence, int player, int numPlayers, int numTerminals, TI rowStart, TI terminal, TI terminalSequence, TD gain, TD chance, TD x, TD values, TD reach, int withReach)
        where TD : struct, IDoubleArray
        where TI : struct, IIntArray
    {
        double g = 0;
        double c = 0;
        int end = rowStart.Get(r + 1);
        for (int k = rowStart.Get(r); k < end; k++)
        {
            int z = terminal.Get(k);
            double others = 1;
            for (int q = 0; q < numPlayers; q++)
            {
                if (q != player)
                {
                    others *= x.Get(terminalSequence.Get((q * numTerminals) + z));
                }
            }

            g += gain.Get(k) * others;
            c += chance.Get(k) * others;
        }

        values.Set(sequence, g);
        if (withReach != 0)
        {
            reach.Set(sequence, c);
        }
    }
}
