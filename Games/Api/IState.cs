namespace GameRL.Games.Api;

/// <summary>
/// A mutable position in a game (OpenSpiel's <c>State</c>): who moves, what is legal, what each player knows.
/// </summary>
public interface IState
{
    /// <summary>The game this state belongs to.</summary>
    IGame Game { get; }

    /// <summary>The player to move, or <see cref="Player.Chance"/>, <see cref="Player.Simultaneous"/>, <see cref="Player.Terminal"/>.</summary>
    int CurrentPlayer { get; }

    /// <summary>True when the game is over.</summary>
    bool IsTerminal { get; }

    /// <summary>True at a chance node.</summary>
    bool IsChanceNode { get; }

    /// <summary>The actions applied so far, chance actions included, in order.</summary>
    IReadOnlyList<int> History { get; }

    /// <summary>The legal actions of the player to move (or chance), sorted ascending; empty at terminals.</summary>
    int[] LegalActions();

    /// <summary>The legal actions of one player at a simultaneous node (or the current player's at a sequential one).</summary>
    int[] LegalActions(int player);

    /// <summary>Chance outcomes and their probabilities at a chance node, sorted by action.</summary>
    ChanceOutcome[] ChanceOutcomes();

    /// <summary>Applies one action of the player to move (or chance); an illegal action throws.</summary>
    void ApplyAction(int action);

    /// <summary>Applies one action per player at a simultaneous node.</summary>
    void ApplyActions(ReadOnlySpan<int> actions);

    /// <summary>An independent copy.</summary>
    IState Clone();

    /// <summary>Each player's total return so far (the final payoff at terminals).</summary>
    double[] Returns();

    /// <summary>Each player's reward for the last transition.</summary>
    double[] Rewards();

    /// <summary>What <paramref name="player"/> knows, as a perfect-recall string; policies are keyed by it.</summary>
    string InformationStateString(int player);

    /// <summary>Writes the information-state tensor of <paramref name="player"/> into <paramref name="values"/>.</summary>
    void InformationStateTensor(int player, Span<float> values);

    /// <summary>What <paramref name="player"/> observes now (not necessarily perfect recall).</summary>
    string ObservationString(int player);

    /// <summary>Writes the observation tensor of <paramref name="player"/> into <paramref name="values"/>.</summary>
    void ObservationTensor(int player, Span<float> values);

    /// <summary>A readable name of an action of <paramref name="player"/> (chance included).</summary>
    string ActionToString(int player, int action);
}
