using GameRL.Games.Api;

namespace GameRL.Games.RandomTree;

/// <summary>
/// A random perfect-recall extensive-form game drawn from a seed (<c>random_tree</c>), for property-based tests and
/// benchmarks. Each player's information state is the sequence of what it has observed: its own actions always, and each
/// chance outcome or opponent action with probability ½ (otherwise only that it happened). Infosets are keyed by that
/// sequence, so perfect recall holds by construction; utilities are integers so exact checks are possible.
/// </summary>
public sealed class RandomTreeGame : GameBase
{
    /// <summary>The catalog entry.</summary>
    public static readonly GameDefinition CatalogEntry = new(
        "random_tree",
        "Random perfect-recall game",
        "a random extensive-form game with chance and imperfect information, drawn from a seed",
        [
            ParameterSpec.Int("seed", 0, 0, int.MaxValue, "random seed of the tree"),
            ParameterSpec.Int("players", 2, 2, 4, "number of players"),
            ParameterSpec.Int("depth", 4, 1, 12, "largest number of moves to a terminal"),
            ParameterSpec.Int("max_actions", 3, 2, 6, "largest number of actions at a node"),
            ParameterSpec.Bool("chance", true, "whether chance nodes appear"),
            ParameterSpec.Choice("utility", "zero_sum", ["zero_sum", "general_sum", "identical"], "relation of the players' returns"),
        ],
        (d, p) => new RandomTreeGame(d, p));

    private readonly List<Node> _nodes = [];
    private readonly Dictionary<string, int> _actionsOfKey = new(StringComparer.Ordinal);
    private readonly Random _rng;
    private readonly int _depth;
    private readonly int _maxActions;
    private readonly bool _chance;

    private RandomTreeGame(GameDefinition definition, GameParameters parameters)
        : base(definition, parameters)
    {
        NumPlayers = parameters.Int("players");
        _depth = parameters.Int("depth");
        _maxActions = parameters.Int("max_actions");
        _chance = parameters.Bool("chance");
        Utility = parameters.Text("utility") switch
        {
            "general_sum" => UtilityKind.GeneralSum,
            "identical" => UtilityKind.Identical,
            _ => UtilityKind.ZeroSum,
        };
        _rng = new Random(parameters.Int("seed"));
        var keys = Enumerable.Range(0, NumPlayers).Select(p => $"P{p}:").ToArray();
        Grow(0, keys);
        MaxGameLength = _depth;
    }

    /// <inheritdoc/>
    public override int NumPlayers { get; }

    /// <inheritdoc/>
    public override int NumDistinctActions => _maxActions;

    /// <inheritdoc/>
    public override int MaxChanceOutcomes => 3;

    /// <inheritdoc/>
    public override double MinUtility => -5 * (NumPlayers - 1);

    /// <inheritdoc/>
    public override double MaxUtility => 5 * (NumPlayers - 1);

    /// <inheritdoc/>
    public override UtilityKind Utility { get; }

    /// <inheritdoc/>
    public override int MaxGameLength { get; }

    /// <inheritdoc/>
    public override IState NewInitialState() => new RandomTreeState(this, 0);

    internal Node this[int index] => _nodes[index];

    private int Grow(int depth, string[] keys)
    {
        int me = _nodes.Count;
        var node = new Node { Keys = [.. keys] };
        _nodes.Add(node);
        bool leaf = depth >= _depth || (depth >= 2 && _rng.NextDouble() < 0.2);
        if (leaf)
        {
            node.Player = Player.Terminal;
            node.Utilities = DrawUtilities();
            return me;
        }

        if (_chance && depth < _depth - 1 && _rng.NextDouble() < 0.25)
        {
            node.Player = Player.Chance;
            int k = _rng.Next(2, 4);
            var weights = Enumerable.Range(0, k).Select(_ => (double)_rng.Next(1, 5)).ToArray();
            double total = weights.Sum();
            node.Probabilities = weights.Select(w => w / total).ToArray();
            var seen = Enumerable.Range(0, NumPlayers).Select(_ => _rng.NextDouble() < 0.5).ToArray();
            node.Children = new int[k];
            for (int o = 0; o < k; o++)
            {
                var next = keys.Select((key, p) => key + (seen[p] ? $"c{o}" : "c?")).ToArray();
                node.Children[o] = Grow(depth + 1, next);
            }

            return me;
        }

        int player = _rng.Next(NumPlayers);
        node.Player = player;
        if (!_actionsOfKey.TryGetValue(keys[player], out int numActions))
        {
            numActions = _rng.Next(2, _maxActions + 1);
            _actionsOfKey[keys[player]] = numActions;
        }

        var observed = Enumerable.Range(0, NumPlayers).Select(q => q == player || _rng.NextDouble() < 0.5).ToArray();
        node.Children = new int[numActions];
        for (int a = 0; a < numActions; a++)
        {
            var next = keys.Select((key, q) => key + (q == player ? $"|a{a}" : observed[q] ? $"p{player}a{a}" : $"p{player}?")).ToArray();
            node.Children[a] = Grow(depth + 1, next);
        }

        return me;
    }

    private double[] DrawUtilities()
    {
        var u = new double[NumPlayers];
        switch (Utility)
        {
            case UtilityKind.Identical:
                Array.Fill(u, _rng.Next(-5, 6));
                break;
            case UtilityKind.GeneralSum:
                for (int p = 0; p < NumPlayers; p++)
                {
                    u[p] = _rng.Next(-5, 6);
                }

                break;
            default:
                for (int p = 0; p < NumPlayers - 1; p++)
                {
                    u[p] = _rng.Next(-5, 6);
                    u[NumPlayers - 1] -= u[p];
                }

                break;
        }

        return u;
    }

    /// <summary>One node of the drawn tree.</summary>
    internal sealed class Node
    {
        public int Player { get; set; }

        public string[] Keys { get; init; } = [];

        public int[] Children { get; set; } = [];

        public double[] Probabilities { get; set; } = [];

        public double[] Utilities { get; set; } = [];
    }
}
