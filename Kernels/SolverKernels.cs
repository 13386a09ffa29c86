using GameRL.Solvers.Tabular.Passes;
using GameRL.Solvers.Tabular.Rules;
using ILGPU;

namespace GameRL.Kernels;

/// <summary>
/// The GPU kernels of one solver iteration and of exact evaluation. Each is a thin entry point: one thread per
/// infoset (of one level) or per row of terminals, calling the same static passes as the CPU driver.
/// </summary>
public static class SolverKernels
{
    /// <summary>Realization plans of the infosets <c>infosets[offset + index]</c> (one level).</summary>
    public static void Realize(Index1D index, ArrayView<int> infosets, int offset, SolverViews<DeviceDoubles, DeviceInts> v) =>
        SequenceFormPasses.Realize(infosets[offset + index], v);

    /// <summary>Two-player gains of row <c>index</c> of one player's terminal matrix.</summary>
    public static void GainsTwoPlayer(Index1D index, int player, int sequenceBase, DeviceInts rowStart, DeviceInts column, DeviceDoubles gain, DeviceDoubles chance, SolverViews<DeviceDoubles, DeviceInts> v)
    {
        int r = index;
        SequenceFormPasses.GainsRowTwoPlayer(r, r == 0 ? player : sequenceBase + r, rowStart, column, gain, chance, v.Realization, v.Values, v.Reach, v.UsesReach);
    }

    /// <summary>n-player gains of row <c>index</c> of one player's terminal matrix.</summary>
    public static void GainsManyPlayers(Index1D index, int player, int sequenceBase, int numTerminals, DeviceInts rowStart, DeviceInts terminal, DeviceInts terminalSequence, DeviceDoubles gain, DeviceDoubles chance, SolverViews<DeviceDoubles, DeviceInts> v)
    {
        int r = index;
        SequenceFormPasses.GainsRowManyPlayers(r, r == 0 ? player : sequenceBase + r, player, v.NumPlayers, numTerminals, rowStart, terminal, terminalSequence, gain, chance, v.Realization, v.Values, v.Reach, v.UsesReach);
    }

    /// <summary>The rule's bottom-up step at the infosets <c>infosets[offset + index]</c> (one level of one player).</summary>
    public static void Update<TRule>(Index1D index, ArrayView<int> infosets, int offset, RuleStep step, SolverViews<DeviceDoubles, DeviceInts> v)
        where TRule : struct, IUpdateRule =>
        InfosetUpdate.Run<TRule, DeviceDoubles, DeviceInts>(infosets[offset + index], step, v);

    /// <summary>MMD's moving magnet at infoset <c>index</c>.</summary>
    public static void MoveMagnet(Index1D index, double magnetEta, SolverViews<DeviceDoubles, DeviceInts> v) =>
        InfosetUpdate.MoveMagnet(index, magnetEta, v);

    /// <summary>Best-response values at the infosets <c>infosets[offset + index]</c> (one level of one player).</summary>
    public static void BestResponse(Index1D index, ArrayView<int> infosets, int offset, SolverViews<DeviceDoubles, DeviceInts> v) =>
        EvaluationPasses.BestResponse(infosets[offset + index], v);

    /// <summary>One thread: the value of a player's empty sequence from its root infosets (level 0 of its levels).</summary>
    public static void RootValue(Index1D index, int player, ArrayView<int> roots, int count, SolverViews<DeviceDoubles, DeviceInts> v) =>
        EvaluationPasses.RootValue(player, new DeviceInts(roots), count, v);

    /// <summary>On-policy values at the infosets <c>infosets[offset + index]</c> (one level of one player).</summary>
    public static void Expectation(Index1D index, ArrayView<int> infosets, int offset, SolverViews<DeviceDoubles, DeviceInts> v) =>
        EvaluationPasses.Expectation(infosets[offset + index], v);
}
