namespace GameRL.Games.Pommerman;

/// <summary>The validated settings of one Pommerman-lite variant.</summary>
/// <param name="Mode">Game type.</param>
/// <param name="BoardSize">Board side N.</param>
/// <param name="NumAgents">2 for one-vs-one, else 4.</param>
/// <param name="NumRigid">Rigid walls (even: laid in mirrored pairs).</param>
/// <param name="NumWood">Wooden walls (even), corridor walls of 4-agent boards included.</param>
/// <param name="NumItems">Power-ups hidden under wood.</param>
/// <param name="MaxSteps">The playground's max_steps (the game ends on the step that starts with this step count).</param>
/// <param name="PartiallyObservable">Whether agents see only a (2·ViewSize+1)² window.</param>
/// <param name="ViewSize">The view radius (the playground's agent_view_size).</param>
/// <param name="Observation">Which observation tensor to expose.</param>
public sealed record PommermanConfig(
    PommermanMode Mode,
    int BoardSize,
    int NumAgents,
    int NumRigid,
    int NumWood,
    int NumItems,
    int MaxSteps,
    bool PartiallyObservable,
    int ViewSize,
    PommermanObservationKind Observation)
{
    /// <summary>Cells on the board, N².</summary>
    public int Cells => BoardSize * BoardSize;

    /// <summary>
    /// The cap on blast strength from range power-ups: the playground passes <c>agent_view_size or 10</c>, and only its
    /// partially observable configs set a view size, so 4 there and 10 elsewhere.
    /// </summary>
    public int MaxBlastStrength => PartiallyObservable ? ViewSize : 10;

    /// <summary>Length of the featurized vector: 3·N² + 9.</summary>
    public int FeaturizedSize => (3 * Cells) + 9;

    /// <summary>The observation tensor's shape.</summary>
    public IReadOnlyList<int> ObservationShape => Observation == PommermanObservationKind.Featurized
        ? [FeaturizedSize]
        : [PommermanEncoder.SpatialChannels, BoardSize, BoardSize];

    /// <summary>Floats in one observation.</summary>
    public int ObservationSize => Observation == PommermanObservationKind.Featurized
        ? FeaturizedSize
        : PommermanEncoder.SpatialChannels * Cells;
}
