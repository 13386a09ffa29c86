namespace GameRL.Games.NormalForm;

/// <summary>
/// The payoffs of an n-player normal-form game: for each player, a value per joint action.
/// Joint actions are flattened row-major with player 0 most significant, as numpy flattens OpenSpiel's meta-game tensors.
/// </summary>
public sealed class PayoffTensor
{
    private readonly double[] _values;
    private readonly int[] _strides;

    /// <summary>Creates a tensor from per-player flattened payoffs (<c>values[p * NumJoint + joint]</c>).</summary>
    public PayoffTensor(IReadOnlyList<int> numActions, double[] values)
    {
        ArgumentNullException.ThrowIfNull(numActions);
        ArgumentNullException.ThrowIfNull(values);
        if (numActions.Count < 1 || numActions.Any(a => a < 1))
        {
            throw new ArgumentException("every player needs at least one action", nameof(numActions));
        }

        NumActions = [.. numActions];
        NumJoint = NumActions.Aggregate(1, (a, b) => checked(a * b));
        if (values.Length != NumPlayers * NumJoint)
        {
            throw new ArgumentException($"expected {NumPlayers * NumJoint} payoffs, got {values.Length}", nameof(values));
        }

        _values = values;
        _strides = new int[NumPlayers];
        int stride = 1;
        for (int p = NumPlayers - 1; p >= 0; p--)
        {
            _strides[p] = stride;
            stride *= NumActions[p];
        }
    }

    /// <summary>Number of players.</summary>
    public int NumPlayers => NumActions.Count;

    /// <summary>Number of actions of each player.</summary>
    public IReadOnlyList<int> NumActions { get; }

    /// <summary>Number of joint actions (product of <see cref="NumActions"/>).</summary>
    public int NumJoint { get; }

    /// <summary>Player <paramref name="player"/>'s payoffs over all joint actions.</summary>
    public ReadOnlySpan<double> Of(int player) => _values.AsSpan(player * NumJoint, NumJoint);

    /// <summary>Player <paramref name="player"/>'s payoff at a flattened joint action.</summary>
    public double this[int player, int joint] => _values[(player * NumJoint) + joint];

    /// <summary>Stride of a player's action in the flattened joint index.</summary>
    public int Stride(int player) => _strides[player];

    /// <summary>The action of <paramref name="player"/> in a flattened joint action.</summary>
    public int ActionOf(int joint, int player) => joint / _strides[player] % NumActions[player];

    /// <summary>The flattened index of a joint action.</summary>
    public int JointIndex(ReadOnlySpan<int> actions)
    {
        int idx = 0;
        for (int p = 0; p < NumPlayers; p++)
        {
            idx += actions[p] * _strides[p];
        }

        return idx;
    }

    /// <summary>The joint action with <paramref name="player"/>'s action replaced by <paramref name="action"/>.</summary>
    public int WithAction(int joint, int player, int action) =>
        joint + ((action - ActionOf(joint, player)) * _strides[player]);

    /// <summary>Smallest payoff of any player.</summary>
    public double Min() => _values.Min();

    /// <summary>Largest payoff of any player.</summary>
    public double Max() => _values.Max();
}
