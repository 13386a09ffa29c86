namespace GameRL.Games.Pommerman;

/// <summary>Which observation tensor the game exposes.</summary>
public enum PommermanObservationKind
{
    /// <summary>The playground's <c>Pomme.featurize</c> vector: board, bomb blast strengths, bomb lives, then 9 scalars.</summary>
    Featurized,

    /// <summary>A [channels, N, N] tensor for convolutional networks (see <see cref="PommermanEncoder"/>).</summary>
    Spatial,
}
