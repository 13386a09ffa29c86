using GameRL.Games.Api;

namespace GameRL.Games.Tree;

/// <summary>
/// Walks a game's rules depth-first once and lays the result out as a <see cref="GameTree"/>.
/// Checks perfect recall (all histories of an infoset share the owner's sequence and legal actions) on the way.
/// </summary>
internal sealed class GameTreeBuilder
{
    private readonly long _maxNodes;
    private readonly int _n;

    // Depth-first records, permuted into level order at the end.
    private readonly List<int> _dfsParent = [];
    private readonly List<int> _dfsDepth = [];
    private readonly List<int> _dfsPlayer = [];
    private readonly List<int> _dfsInfoset = [];
    private readonly List<int> _dfsAction = [];
    private readonly List<int> _dfsSlotLocal = [];
    private readonly List<double> _dfsChanceProbability = [];
    private readonly List<int> _dfsTerminal = [];

    // Per-player infosets in discovery order (topological).
    private readonly List<string>[] _keys;
    private readonly List<int>[] _parentSeqLocal;
    private readonly List<int[]>[] _actions;
    private readonly Dictionary<string, int>[] _local;
    private readonly List<int>[] _firstSlotLocal;
    private readonly int[] _slotCount;

    private readonly List<int>[] _terminalSeqLocal;
    private readonly List<double> _terminalChance = [];
    private readonly List<double>[] _terminalUtility;

    public GameTreeBuilder(IGame game, long maxNodes)
    {
        Game = game;
        _maxNodes = maxNodes;
        _n = game.NumPlayers;
        _keys = New<string>();
        _parentSeqLocal = New<int>();
        _actions = New<int[]>();
        _firstSlotLocal = New<int>();
        _terminalSeqLocal = New<int>();
        _terminalUtility = New<double>();
        _local = Enumerable.Range(0, _n).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _slotCount = new int[_n];
    }

    public IGame Game { get; }

    public int[] Parent { get; private set; } = [];

    public NodeKind[] Kind { get; private set; } = [];

    public int[] NodePlayer { get; private set; } = [];

    public int[] NodeInfoset { get; private set; } = [];

    public int[] NodeAction { get; private set; } = [];

    public int[] NodeSlot { get; private set; } = [];

    public double[] NodeChanceProbability { get; private set; } = [];

    public int[] FirstChild { get; private set; } = [];

    public int[] NumChildren { get; private set; } = [];

    public int[] LevelStart { get; private set; } = [];

    public int[] NodeTerminal { get; private set; } = [];

    public int[] InfosetPlayer { get; private set; } = [];

    public int[] InfosetFirstSlot { get; private set; } = [];

    public int[] InfosetNumActions { get; private set; } = [];

    public int[] InfosetParentSequence { get; private set; } = [];

    public string[] InfosetKey { get; private set; } = [];

    public int[] PlayerInfosetStart { get; private set; } = [];

    public int[] SlotAction { get; private set; } = [];

    public int[] SlotInfoset { get; private set; } = [];

    public int[] PlayerSlotStart { get; private set; } = [];

    public int[] TerminalNode { get; private set; } = [];

    public int[][] TerminalSequence { get; private set; } = [];

    public double[] TerminalChanceReach { get; private set; } = [];

    public double[][] TerminalUtility { get; private set; } = [];

    public double[][] TerminalWeightedUtility { get; private set; } = [];

    public Dictionary<string, int> InfosetByKey { get; } = new(StringComparer.Ordinal);

    public int ChanceNodes { get; private set; }

    public int DecisionNodes { get; private set; }

    public GameTree Build()
    {
        if (!Game.IsEnumerable)
        {
            throw new GameRLException($"{Game.Spec} is too large to enumerate as a tree");
        }

        if (Game.Dynamics != Dynamics.Sequential)
        {
            throw new GameRLException($"{Game.Spec} has simultaneous moves; compile its turn-based form instead");
        }

        var seq = new int[_n];
        for (int p = 0; p < _n; p++)
        {
            seq[p] = -1;
        }

        Visit(Game.NewInitialState(), -1, 0, -1, -1, 1.0, 1.0, seq);
        Layout();
        return new GameTree(this);
    }

    private List<T>[] New<T>() => Enumerable.Range(0, _n).Select(_ => new List<T>()).ToArray();

    // seq: each player's current sequence as a local slot index, -1 for the empty sequence.
    private void Visit(IState state, int parent, int depth, int action, int slotLocal, double edgeProbability, double chanceReach, int[] seq)
    {
        int me = _dfsParent.Count;
        if (me >= _maxNodes)
        {
            throw new GameRLException($"{Game.Spec} has more than {_maxNodes:N0} histories; too large to compile");
        }

        int player = state.CurrentPlayer;
        _dfsParent.Add(parent);
        _dfsDepth.Add(depth);
        _dfsPlayer.Add(player);
        _dfsAction.Add(action);
        _dfsSlotLocal.Add(slotLocal);
        _dfsChanceProbability.Add(edgeProbability);

        if (player == Player.Terminal)
        {
            _dfsInfoset.Add(-1);
            _dfsTerminal.Add(_terminalChance.Count);
            double[] returns = state.Returns();
            for (int p = 0; p < _n; p++)
            {
                if (!double.IsFinite(returns[p]))
                {
                    throw new GameRLException($"{Game.Spec}: non-finite return {returns[p]} for player {p} at '{state}'");
                }

                _terminalSeqLocal[p].Add(seq[p]);
                _terminalUtility[p].Add(returns[p]);
            }

            _terminalChance.Add(chanceReach);
            return;
        }

        _dfsTerminal.Add(-1);
        if (player == Player.Chance)
        {
            ChanceNodes++;
            _dfsInfoset.Add(-1);
            foreach (var outcome in state.ChanceOutcomes())
            {
                if (outcome.Probability <= 0)
                {
                    continue;
                }

                var child = state.Clone();
                child.ApplyAction(outcome.Action);
                Visit(child, me, depth + 1, outcome.Action, -1, outcome.Probability, chanceReach * outcome.Probability, seq);
            }

            return;
        }

        if (player < 0)
        {
            throw new GameRLException($"{Game.Spec}: unsupported node of player {player} at '{state}'");
        }

        DecisionNodes++;
        int[] legal = state.LegalActions();
        int local = InfosetOf(player, state.InformationStateString(player), seq[player], legal, state);
        _dfsInfoset.Add(local);
        int first = _firstSlotLocal[player][local];
        int saved = seq[player];
        for (int a = 0; a < legal.Length; a++)
        {
            var child = state.Clone();
            child.ApplyAction(legal[a]);
            seq[player] = first + a;
            Visit(child, me, depth + 1, legal[a], first + a, 1.0, chanceReach, seq);
        }

        seq[player] = saved;
    }

    private int InfosetOf(int player, string key, int parentSeq, int[] legal, IState state)
    {
        if (_local[player].TryGetValue(key, out int local))
        {
            if (_parentSeqLocal[player][local] != parentSeq)
            {
                throw new GameRLException($"{Game.Spec} is not perfect recall: infoset '{key}' is reached by two different sequences of player {player}");
            }

            if (!_actions[player][local].AsSpan().SequenceEqual(legal))
            {
                throw new GameRLException($"{Game.Spec}: infoset '{key}' has different legal actions at '{state}'");
            }

            return local;
        }

        if (InfosetByKey.ContainsKey(key))
        {
            throw new GameRLException($"{Game.Spec}: information-state string '{key}' is shared by two players");
        }

        local = _keys[player].Count;
        _local[player][key] = local;
        InfosetByKey[key] = -1;
        _keys[player].Add(key);
        _parentSeqLocal[player].Add(parentSeq);
        _actions[player].Add(legal);
        _firstSlotLocal[player].Add(_slotCount[player]);
        _slotCount[player] += legal.Length;
        return local;
    }

    private void Layout()
    {
        // Global infoset and slot numbering: player-major.
        PlayerInfosetStart = new int[_n + 1];
        PlayerSlotStart = new int[_n + 1];
        for (int p = 0; p < _n; p++)
        {
            PlayerInfosetStart[p + 1] = PlayerInfosetStart[p] + _keys[p].Count;
            PlayerSlotStart[p + 1] = PlayerSlotStart[p] + _slotCount[p];
        }

        int numInfosets = PlayerInfosetStart[_n];
        int numSlots = PlayerSlotStart[_n];
        InfosetPlayer = new int[numInfosets];
        InfosetFirstSlot = new int[numInfosets];
        InfosetNumActions = new int[numInfosets];
        InfosetParentSequence = new int[numInfosets];
        InfosetKey = new string[numInfosets];
        SlotAction = new int[numSlots];
        SlotInfoset = new int[numSlots];
        for (int p = 0; p < _n; p++)
        {
            for (int i = 0; i < _keys[p].Count; i++)
            {
                int g = PlayerInfosetStart[p] + i;
                InfosetPlayer[g] = p;
                InfosetFirstSlot[g] = PlayerSlotStart[p] + _firstSlotLocal[p][i];
                InfosetNumActions[g] = _actions[p][i].Length;
                InfosetParentSequence[g] = Sequence(p, _parentSeqLocal[p][i]);
                InfosetKey[g] = _keys[p][i];
                InfosetByKey[_keys[p][i]] = g;
                for (int a = 0; a < _actions[p][i].Length; a++)
                {
                    SlotAction[InfosetFirstSlot[g] + a] = _actions[p][i][a];
                    SlotInfoset[InfosetFirstSlot[g] + a] = g;
                }
            }
        }

        LayoutNodes();
        LayoutTerminals();
    }

    private int Sequence(int player, int localSlot) => localSlot < 0 ? player : _n + PlayerSlotStart[player] + localSlot;

    private void LayoutNodes()
    {
        int count = _dfsParent.Count;
        int depth = _dfsDepth.Max();
        LevelStart = new int[depth + 2];
        foreach (int d in _dfsDepth)
        {
            LevelStart[d + 1]++;
        }

        for (int d = 0; d <= depth; d++)
        {
            LevelStart[d + 1] += LevelStart[d];
        }

        // Stable counting sort by depth keeps depth-first order within a level, so siblings stay contiguous.
        var next = (int[])LevelStart.Clone();
        var position = new int[count];
        for (int i = 0; i < count; i++)
        {
            position[i] = next[_dfsDepth[i]]++;
        }

        Parent = new int[count];
        Kind = new NodeKind[count];
        NodePlayer = new int[count];
        NodeInfoset = new int[count];
        NodeAction = new int[count];
        NodeSlot = new int[count];
        NodeChanceProbability = new double[count];
        NodeTerminal = new int[count];
        FirstChild = new int[count];
        NumChildren = new int[count];
        Array.Fill(FirstChild, -1);
        for (int i = 0; i < count; i++)
        {
            int at = position[i];
            int player = _dfsPlayer[i];
            int dfsParent = _dfsParent[i];
            Parent[at] = dfsParent < 0 ? -1 : position[dfsParent];
            Kind[at] = player == Player.Terminal ? NodeKind.Terminal : player == Player.Chance ? NodeKind.Chance : NodeKind.Decision;
            NodePlayer[at] = player;
            NodeInfoset[at] = _dfsInfoset[i] < 0 ? -1 : PlayerInfosetStart[player] + _dfsInfoset[i];
            NodeAction[at] = _dfsAction[i];
            NodeChanceProbability[at] = _dfsChanceProbability[i];
            NodeTerminal[at] = _dfsTerminal[i];
            NodeSlot[at] = -1;
            if (dfsParent >= 0)
            {
                int pp = _dfsPlayer[dfsParent];
                if (pp >= 0)
                {
                    NodeSlot[at] = PlayerSlotStart[pp] + _dfsSlotLocal[i];
                }

                int parentAt = position[dfsParent];
                if (FirstChild[parentAt] < 0 || at < FirstChild[parentAt])
                {
                    FirstChild[parentAt] = at;
                }

                NumChildren[parentAt]++;
            }
        }
    }

    private void LayoutTerminals()
    {
        int z = _terminalChance.Count;
        TerminalNode = new int[z];
        for (int i = 0; i < NodeTerminal.Length; i++)
        {
            if (NodeTerminal[i] >= 0)
            {
                TerminalNode[NodeTerminal[i]] = i;
            }
        }

        TerminalChanceReach = [.. _terminalChance];
        TerminalSequence = new int[_n][];
        TerminalUtility = new double[_n][];
        TerminalWeightedUtility = new double[_n][];
        for (int p = 0; p < _n; p++)
        {
            TerminalSequence[p] = _terminalSeqLocal[p].Select(s => Sequence(p, s)).ToArray();
            TerminalUtility[p] = [.. _terminalUtility[p]];
            TerminalWeightedUtility[p] = new double[z];
            for (int t = 0; t < z; t++)
            {
                TerminalWeightedUtility[p][t] = TerminalChanceReach[t] * TerminalUtility[p][t];
            }
        }
    }
}
