namespace GameRL.Games.Api;

/// <summary>
/// A game's static facts and the factory for its initial state (OpenSpiel's <c>Game</c>).
/// Algorithms see only this interface and <see cref="IState"/>, never a concrete game.
/// </summary>
public interface IGame
{
    /// <summary>The catalog entry: short name, long name and parameter list.</summary>
    GameDefinition Definition { get; }

    /// <summary>The validated parameter values of this instance.</summary>
    GameParameters Parameters { get; }

    /// <summary>The canonical spec, e.g. <c>leduc_poker(players=3)</c>; loading it gives an equal game.</summary>
    string Spec { get; }

    /// <summary>Number of players (chance not counted).</summary>
    int NumPlayers { get; }

    /// <summary>Action ids of players lie in [0, NumDistinctActions).</summary>
    int NumDistinctActions { get; }

    /// <summary>Chance action ids lie in [0, MaxChanceOutcomes).</summary>
    int MaxChanceOutcomes { get; }

    /// <summary>Smallest return any player can get.</summary>
    double MinUtility { get; }

    /// <summary>Largest return any player can get.</summary>
    double MaxUtility { get; }

    /// <summary>How returns relate across players.</summary>
    UtilityKind Utility { get; }

    /// <summary>The constant sum of returns for zero- and constant-sum games, else null.</summary>
    double? UtilitySum { get; }

    /// <summary>Whether players move in turn or simultaneously.</summary>
    Dynamics Dynamics { get; }

    /// <summary>Longest possible number of player moves (chance moves not counted).</summary>
    int MaxGameLength { get; }

    /// <summary>Shape of <see cref="IState.InformationStateTensor"/>, or null when the game has none.</summary>
    IReadOnlyList<int>? InformationStateTensorShape { get; }

    /// <summary>Shape of <see cref="IState.ObservationTensor"/>, or null when the game has none.</summary>
    IReadOnlyList<int>? ObservationTensorShape { get; }

    /// <summary>
    /// False for games whose tree is far too large to enumerate (Hanabi-lite, Pommerman-lite): tools then report
    /// sizes as unknown instead of running out of memory.
    /// </summary>
    bool IsEnumerable { get; }

    /// <summary>A fresh state at the root of the game.</summary>
    IState NewInitialState();
}
