using GameRL.Games.Api;

namespace GameRL.Games.Tree;

/// <summary>
/// A game's full tree compiled once into flat struct-of-arrays, so that solvers and evaluation loop over arrays with no
/// per-node objects. Three views of the same tree:
/// <list type="bullet">
/// <item><b>Nodes</b> in level order (depth-first within a level; a node's children are contiguous in the next level).</item>
/// <item><b>Infosets and action slots</b>: infosets are numbered player by player, each player's in topological order
/// (an infoset comes after every infoset on its path); each infoset owns a contiguous range of action slots, so any
/// per-(infoset, action) quantity is one flat array indexed by slot.</item>
/// <item><b>Sequence form</b>: sequence <c>p</c> (for p &lt; NumPlayers) is player p's empty sequence and sequence
/// <c>NumPlayers + slot</c> is the sequence ending with that slot's action. Every infoset knows its parent sequence and
/// every terminal knows each player's last sequence, its chance reach and its utilities, which is all that exact
/// evaluation and the CFR family need per iteration.</item>
/// </list>
/// </summary>
public sealed class GameTree
{
    private readonly Dictionary<string, int> _infosetByKey;

    internal GameTree(GameTreeBuilder b)
    {
        Game = b.Game;
        NumPlayers = b.Game.NumPlayers;
        Parent = b.Parent;
        Kind = b.Kind;
        NodePlayer = b.NodePlayer;
        NodeInfoset = b.NodeInfoset;
        NodeAction = b.NodeAction;
        NodeSlot = b.NodeSlot;
        NodeChanceProbability = b.NodeChanceProbability;
        FirstChild = b.FirstChild;
        NumChildren = b.NumChildren;
        LevelStart = b.LevelStart;
        NodeTerminal = b.NodeTerminal;
        InfosetPlayer = b.InfosetPlayer;
        InfosetFirstSlot = b.InfosetFirstSlot;
        InfosetNumActions = b.InfosetNumActions;
        InfosetParentSequence = b.InfosetParentSequence;
        InfosetKey = b.InfosetKey;
        PlayerInfosetStart = b.PlayerInfosetStart;
        SlotAction = b.SlotAction;
        SlotInfoset = b.SlotInfoset;
        PlayerSlotStart = b.PlayerSlotStart;
        TerminalNode = b.TerminalNode;
        TerminalSequence = b.TerminalSequence;
        TerminalChanceReach = b.TerminalChanceReach;
        TerminalUtility = b.TerminalUtility;
        TerminalWeightedUtility = b.TerminalWeightedUtility;
        _infosetByKey = b.InfosetByKey;
        ChanceNodes = b.ChanceNodes;
        DecisionNodes = b.DecisionNodes;
        TerminalNodes = TerminalNode.Length;
        Depth = LevelStart.Length - 2;
        MinTerminalUtility = TerminalUtility.Length == 0 ? 0 : TerminalUtility.Min(u => u.Length == 0 ? 0 : u.Min());
        MaxTerminalUtility = TerminalUtility.Length == 0 ? 0 : TerminalUtility.Max(u => u.Length == 0 ? 0 : u.Max());
    }

    /// <summary>The game this tree was compiled from.</summary>
    public IGame Game { get; }

    /// <summary>Number of players.</summary>
    public int NumPlayers { get; }

    /// <summary>Number of histories (nodes).</summary>
    public int NumNodes => Parent.Length;

    /// <summary>Histories where chance moves.</summary>
    public int ChanceNodes { get; }

    /// <summary>Histories where a player moves.</summary>
    public int DecisionNodes { get; }

    /// <summary>Terminal histories.</summary>
    public int TerminalNodes { get; }

    /// <summary>Number of moves (chance included) on the longest root-to-terminal path.</summary>
    public int Depth { get; }

    /// <summary>Smallest terminal utility of any player.</summary>
    public double MinTerminalUtility { get; }

    /// <summary>Largest terminal utility of any player.</summary>
    public double MaxTerminalUtility { get; }

    /// <summary>Parent node of each node (−1 at the root).</summary>
    public int[] Parent { get; }

    /// <summary>Kind of each node.</summary>
    public NodeKind[] Kind { get; }

    /// <summary>Player to move at each node (<see cref="Player.Chance"/> or <see cref="Player.Terminal"/> otherwise).</summary>
    public int[] NodePlayer { get; }

    /// <summary>Infoset of each decision node, −1 elsewhere.</summary>
    public int[] NodeInfoset { get; }

    /// <summary>Action id on the edge from the parent (−1 at the root).</summary>
    public int[] NodeAction { get; }

    /// <summary>Action slot on the edge from a decision parent, −1 when the parent is chance (or at the root).</summary>
    public int[] NodeSlot { get; }

    /// <summary>Probability of the edge from a chance parent; 1 otherwise.</summary>
    public double[] NodeChanceProbability { get; }

    /// <summary>First child of each node (its children are contiguous).</summary>
    public int[] FirstChild { get; }

    /// <summary>Number of children of each node.</summary>
    public int[] NumChildren { get; }

    /// <summary>Nodes of depth d are [LevelStart[d], LevelStart[d+1]).</summary>
    public int[] LevelStart { get; }

    /// <summary>Terminal index of each terminal node, −1 elsewhere.</summary>
    public int[] NodeTerminal { get; }

    /// <summary>Number of infosets over all players.</summary>
    public int NumInfosets => InfosetPlayer.Length;

    /// <summary>Owner of each infoset.</summary>
    public int[] InfosetPlayer { get; }

    /// <summary>First action slot of each infoset.</summary>
    public int[] InfosetFirstSlot { get; }

    /// <summary>Number of legal actions (slots) of each infoset.</summary>
    public int[] InfosetNumActions { get; }

    /// <summary>The owner's sequence leading to each infoset (see the class remarks for numbering).</summary>
    public int[] InfosetParentSequence { get; }

    /// <summary>The information-state string of each infoset.</summary>
    public string[] InfosetKey { get; }

    /// <summary>Player p's infosets are [PlayerInfosetStart[p], PlayerInfosetStart[p+1]).</summary>
    public int[] PlayerInfosetStart { get; }

    /// <summary>Number of action slots over all infosets.</summary>
    public int NumSlots => SlotAction.Length;

    /// <summary>Number of sequences: one empty sequence per player plus one per slot.</summary>
    public int NumSequences => NumPlayers + NumSlots;

    /// <summary>Action id of each slot.</summary>
    public int[] SlotAction { get; }

    /// <summary>Infoset owning each slot.</summary>
    public int[] SlotInfoset { get; }

    /// <summary>Player p's slots are [PlayerSlotStart[p], PlayerSlotStart[p+1]).</summary>
    public int[] PlayerSlotStart { get; }

    /// <summary>Node of each terminal (terminals are numbered in depth-first order).</summary>
    public int[] TerminalNode { get; }

    /// <summary>TerminalSequence[p][z]: player p's last sequence on the path to terminal z.</summary>
    public int[][] TerminalSequence { get; }

    /// <summary>Product of chance probabilities on the path to each terminal.</summary>
    public double[] TerminalChanceReach { get; }

    /// <summary>TerminalUtility[p][z]: player p's return at terminal z.</summary>
    public double[][] TerminalUtility { get; }

    /// <summary>TerminalWeightedUtility[p][z] = chance reach × utility, the constant part of every sequence-form pass.</summary>
    public double[][] TerminalWeightedUtility { get; }

    /// <summary>Number of infosets of one player.</summary>
    public int NumInfosetsOf(int player) => PlayerInfosetStart[player + 1] - PlayerInfosetStart[player];

    /// <summary>Sequence index of a slot.</summary>
    public int SequenceOfSlot(int slot) => NumPlayers + slot;

    /// <summary>The infoset with this information-state string, or −1.</summary>
    public int FindInfoset(string key) => _infosetByKey.TryGetValue(key, out int i) ? i : -1;

    /// <summary>Default cap on the histories <see cref="Build"/> compiles (about 2 GB of build-time memory).</summary>
    public const long DefaultMaxNodes = 20_000_000;

    /// <summary>Compiles a game's tree; throws <see cref="GameRLException"/> when it has more than <paramref name="maxNodes"/> histories.</summary>
    public static GameTree Build(IGame game, long maxNodes = DefaultMaxNodes) =>
        new GameTreeBuilder(game, maxNodes).Build();
}
