namespace GameRL.Games.Api;

/// <summary>
/// Common bookkeeping of <see cref="IState"/> implementations, as OpenSpiel's <c>State::ApplyAction</c> does it:
/// check the action, let the game apply it (<see cref="DoApplyAction"/>), then record it in the history.
/// A game never touches the history itself.
/// </summary>
public abstract class StateBase : IState
{
    private readonly List<int> _history;

    /// <summary>Creates a root state of <paramref name="game"/>.</summary>
    protected StateBase(IGame game)
    {
        Game = game;
        _history = [];
    }

    /// <summary>Copies the bookkeeping of <paramref name="other"/>; concrete states copy their own fields.</summary>
    protected StateBase(StateBase other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Game = other.Game;
        _history = [.. other._history];
    }

    /// <inheritdoc/>
    public IGame Game { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> History => _history;

    /// <inheritdoc/>
    public abstract int CurrentPlayer { get; }

    /// <inheritdoc/>
    public bool IsTerminal => CurrentPlayer == Player.Terminal;

    /// <inheritdoc/>
    public bool IsChanceNode => CurrentPlayer == Player.Chance;

    /// <summary>Number of players, for brevity in games.</summary>
    protected int NumPlayers => Game.NumPlayers;

    /// <inheritdoc/>
    public abstract int[] LegalActions();

    /// <inheritdoc/>
    public virtual int[] LegalActions(int player) => player == CurrentPlayer ? LegalActions() : [];

    /// <inheritdoc/>
    public virtual ChanceOutcome[] ChanceOutcomes() =>
        throw new InvalidOperationException($"{Game.Spec}: ChanceOutcomes() called at a node of player {CurrentPlayer}");

    /// <inheritdoc/>
    public void ApplyAction(int action)
    {
        int player = CurrentPlayer;
        if (player == Player.Terminal)
        {
            throw new InvalidOperationException($"{Game.Spec}: cannot apply action {action} at a terminal state");
        }

        if (player == Player.Simultaneous)
        {
            throw new InvalidOperationException($"{Game.Spec}: use ApplyActions at a simultaneous node");
        }

        if (Array.IndexOf(LegalActions(), action) < 0)
        {
            throw new InvalidOperationException($"{Game.Spec}: action {action} is not legal for player {player} at '{this}'");
        }

        DoApplyAction(action);
        _history.Add(action);
    }

    /// <summary>
    /// Applies one action per player. At a simultaneous node every action is checked against <see cref="LegalActions(int)"/>,
    /// the game applies them (<see cref="DoApplyActions"/>), and the history records the joint action
    /// Σₚ aₚ·Aᵖ (A = <see cref="IGame.NumDistinctActions"/>, player 0 least significant).
    /// </summary>
    public virtual void ApplyActions(ReadOnlySpan<int> actions)
    {
        if (CurrentPlayer == Player.Simultaneous)
        {
            if (actions.Length != NumPlayers)
            {
                throw new InvalidOperationException($"{Game.Spec}: a simultaneous node takes one action per player ({NumPlayers}), got {actions.Length}");
            }

            int joint = 0;
            for (int p = NumPlayers - 1; p >= 0; p--)
            {
                if (Array.IndexOf(LegalActions(p), actions[p]) < 0)
                {
                    throw new InvalidOperationException($"{Game.Spec}: action {actions[p]} is not legal for player {p} at '{this}'");
                }

                joint = (joint * Game.NumDistinctActions) + actions[p];
            }

            DoApplyActions(actions);
            _history.Add(joint);
            return;
        }

        if (actions.Length != 1)
        {
            throw new InvalidOperationException($"{Game.Spec}: a sequential node takes exactly one action");
        }

        ApplyAction(actions[0]);
    }

    /// <summary>Applies a legal action; the history is updated by the caller afterwards.</summary>
    protected abstract void DoApplyAction(int action);

    /// <summary>Applies legal actions of all players at a simultaneous node; the history is updated by the caller afterwards.</summary>
    protected virtual void DoApplyActions(ReadOnlySpan<int> actions) =>
        throw new NotSupportedException($"{Game.Spec} has no simultaneous nodes");

    /// <inheritdoc/>
    public abstract IState Clone();

    /// <inheritdoc/>
    public abstract double[] Returns();

    /// <inheritdoc/>
    public virtual double[] Rewards() => IsTerminal ? Returns() : new double[NumPlayers];

    /// <inheritdoc/>
    public virtual string InformationStateString(int player) =>
        throw new NotSupportedException($"{Game.Spec} has no information-state string");

    /// <inheritdoc/>
    public virtual void InformationStateTensor(int player, Span<float> values) =>
        throw new NotSupportedException($"{Game.Spec} has no information-state tensor");

    /// <inheritdoc/>
    public virtual string ObservationString(int player) =>
        throw new NotSupportedException($"{Game.Spec} has no observation string");

    /// <inheritdoc/>
    public virtual void ObservationTensor(int player, Span<float> values) =>
        throw new NotSupportedException($"{Game.Spec} has no observation tensor");

    /// <inheritdoc/>
    public abstract string ActionToString(int player, int action);

    /// <summary>Checks a player id passed to a per-player query.</summary>
    protected void CheckPlayer(int player)
    {
        if ((uint)player >= (uint)NumPlayers)
        {
            throw new ArgumentOutOfRangeException(nameof(player), player, $"{Game.Spec} has players 0..{NumPlayers - 1}");
        }
    }

    /// <summary>Checks a tensor buffer's length and clears it.</summary>
    protected static void PrepareTensor(Span<float> values, int expectedSize)
    {
        if (values.Length != expectedSize)
        {
            throw new ArgumentException($"tensor buffer has {values.Length} floats, expected {expectedSize}", nameof(values));
        }

        values.Clear();
    }
}
