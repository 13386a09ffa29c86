namespace GameRL.Games.Pommerman;

/// <summary>
/// The playground's movement resolution for one step of one environment (<c>ForwardModel.step</c>, from the desired
/// positions to the kicks): crossings, collisions iterated to a fixed point, kicks, and the late collisions that undo
/// failed kicks. The caller fills the inputs (alive agents' cells, kick flags and actions; bombs' cells and directions;
/// desired positions), calls <see cref="Resolve"/>, and reads back the desired positions, the kicked bombs and the
/// directions. Occupancy counts are only ever incremented, as in the playground, whose resolution this reproduces.
/// </summary>
internal sealed class PommermanMoveResolver
{
    private readonly int _n;
    private readonly int _a;
    private readonly int[] _agentOcc;
    private readonly int[] _bombOcc;
    private readonly int[] _crossStamp;
    private readonly int[] _crossOwner;
    private readonly int[] _kickedBombByAgent;
    private readonly int[] _delayedBomb;
    private readonly int[] _delayedBombPos;
    private readonly int[] _delayedAgent;
    private readonly int[] _delayedAgentPos;
    private int _stamp;

    public PommermanMoveResolver(int boardSize, int agents)
    {
        int cells = boardSize * boardSize;
        _n = boardSize;
        _a = agents;
        AgentPos = new int[agents];
        Kick = new bool[agents];
        Actions = new int[agents];
        DesiredAgent = new int[agents];
        BombPos = new int[cells];
        BombDir = new int[cells];
        DesiredBomb = new int[cells];
        AgentByKickedBomb = new int[cells];
        _agentOcc = new int[cells];
        _bombOcc = new int[cells];
        _crossStamp = new int[2 * cells];
        _crossOwner = new int[2 * cells];
        _kickedBombByAgent = new int[agents];
        _delayedBomb = new int[cells];
        _delayedBombPos = new int[cells];
        _delayedAgent = new int[agents];
        _delayedAgentPos = new int[agents];
    }

    /// <summary>Input: the cell of each living agent (indexed by its rank among the living).</summary>
    public int[] AgentPos { get; }

    /// <summary>Input: whether each living agent can kick.</summary>
    public bool[] Kick { get; }

    /// <summary>Input: each living agent's action.</summary>
    public int[] Actions { get; }

    /// <summary>Input and output: each living agent's desired cell.</summary>
    public int[] DesiredAgent { get; }

    /// <summary>Input: each bomb's cell, in list order.</summary>
    public int[] BombPos { get; }

    /// <summary>Input and output: each bomb's moving direction (kicks set it).</summary>
    public int[] BombDir { get; }

    /// <summary>Input and output: each bomb's desired cell.</summary>
    public int[] DesiredBomb { get; }

    /// <summary>Output: the living agent that kicked each bomb this step, or −1.</summary>
    public int[] AgentByKickedBomb { get; }

    /// <summary>Resolves the desired positions of <paramref name="nAlive"/> agents and <paramref name="nBombs"/> bombs.</summary>
    public void Resolve(int nAlive, int nBombs, ReadOnlySpan<byte> board)
    {
        ResolveCrossings(nAlive, nBombs);
        Array.Clear(_agentOcc);
        Array.Clear(_bombOcc);
        for (int k = 0; k < nAlive; k++)
        {
            _agentOcc[DesiredAgent[k]]++;
        }

        for (int j = 0; j < nBombs; j++)
        {
            _bombOcc[DesiredBomb[j]]++;
        }

        ResolveCollisions(nAlive, nBombs);
        bool change = ResolveKicks(nAlive, nBombs, board);
        ResolveLateCollisions(nAlive, nBombs, change);
    }

    private static bool IsWall(byte v) => v == (byte)PommermanItem.Rigid || v == (byte)PommermanItem.Wood;

    private static bool IsPowerup(byte v) => v >= (byte)PommermanItem.ExtraBomb && v <= (byte)PommermanItem.Kick;

    private int Next(int cell, int action)
    {
        int r = cell / _n;
        int c = cell % _n;
        return action switch
        {
            (int)PommermanAction.Up => r > 0 ? cell - _n : -1,
            (int)PommermanAction.Down => r < _n - 1 ? cell + _n : -1,
            (int)PommermanAction.Left => c > 0 ? cell - 1 : -1,
            (int)PommermanAction.Right => c < _n - 1 ? cell + 1 : -1,
            _ => cell,
        };
    }

    /// <summary>Two movers swapping across one edge: agent–agent both stay, bomb–bomb both stay, agent–bomb the bomb stays.</summary>
    private void ResolveCrossings(int nAlive, int nBombs)
    {
        int stamp = ++_stamp;
        for (int k = 0; k < nAlive; k++)
        {
            int pos = AgentPos[k];
            if (DesiredAgent[k] != pos)
            {
                int edge = Edge(pos, DesiredAgent[k]);
                if (_crossStamp[edge] == stamp)
                {
                    DesiredAgent[k] = pos;
                    int other = _crossOwner[edge];
                    DesiredAgent[other] = AgentPos[other];
                }
                else
                {
                    _crossStamp[edge] = stamp;
                    _crossOwner[edge] = k;
                }
            }
        }

        for (int j = 0; j < nBombs; j++)
        {
            int pos = BombPos[j];
            if (DesiredBomb[j] != pos)
            {
                int edge = Edge(pos, DesiredBomb[j]);
                if (_crossStamp[edge] == stamp)
                {
                    DesiredBomb[j] = pos;
                    int owner = _crossOwner[edge];
                    if (owner >= _a)
                    {
                        int other = owner - _a;
                        DesiredBomb[other] = BombPos[other];
                    }
                }
                else
                {
                    _crossStamp[edge] = stamp;
                    _crossOwner[edge] = _a + j;
                }
            }
        }
    }

    private int Edge(int from, int to) => (2 * Math.Min(from, to)) + (Math.Abs(from - to) == 1 ? 1 : 0);

    /// <summary>Two or more agents, or two or more bombs, aiming at one cell all stay (iterated to a fixed point).</summary>
    private void ResolveCollisions(int nAlive, int nBombs)
    {
        bool change = true;
        while (change)
        {
            change = false;
            for (int k = 0; k < nAlive; k++)
            {
                int d = DesiredAgent[k];
                int cur = AgentPos[k];
                if (d != cur && (_agentOcc[d] > 1 || _bombOcc[d] > 1))
                {
                    DesiredAgent[k] = cur;
                    _agentOcc[cur]++;
                    change = true;
                }
            }

            for (int j = 0; j < nBombs; j++)
            {
                int d = DesiredBomb[j];
                int cur = BombPos[j];
                if (d != cur && (_bombOcc[d] > 1 || _agentOcc[d] > 1))
                {
                    DesiredBomb[j] = cur;
                    _bombOcc[cur]++;
                    change = true;
                }
            }
        }
    }

    /// <summary>Agents walking into bombs: kick them on if allowed and the cell beyond is free, else both stay.</summary>
    private bool ResolveKicks(int nAlive, int nBombs, ReadOnlySpan<byte> board)
    {
        Array.Fill(AgentByKickedBomb, -1, 0, nBombs);
        Array.Fill(_kickedBombByAgent, -1);
        int nDelayedBombs = 0;
        int nDelayedAgents = 0;
        for (int j = 0; j < nBombs; j++)
        {
            int d = DesiredBomb[j];
            if (_agentOcc[d] == 0)
            {
                continue;
            }

            int k = -1;
            for (int q = 0; q < nAlive; q++)
            {
                if (DesiredAgent[q] == d)
                {
                    k = q;
                    break;
                }
            }

            if (k < 0)
            {
                continue;
            }

            int apos = AgentPos[k];
            int bpos = BombPos[j];
            if (d == apos)
            {
                if (d != bpos)
                {
                    _delayedBomb[nDelayedBombs] = j;
                    _delayedBombPos[nDelayedBombs++] = bpos;
                }

                continue;
            }

            if (!Kick[k])
            {
                _delayedBomb[nDelayedBombs] = j;
                _delayedBombPos[nDelayedBombs++] = bpos;
                _delayedAgent[nDelayedAgents] = k;
                _delayedAgentPos[nDelayedAgents++] = apos;
                continue;
            }

            int direction = Actions[k];
            int target = Next(d, direction);
            if (target >= 0 && _agentOcc[target] == 0 && _bombOcc[target] == 0 && !IsPowerup(board[target]) && !IsWall(board[target]))
            {
                _bombOcc[d] = 0;
                _delayedBomb[nDelayedBombs] = j;
                _delayedBombPos[nDelayedBombs++] = target;
                AgentByKickedBomb[j] = k;
                _kickedBombByAgent[k] = j;
                BombDir[j] = direction;
            }
            else
            {
                _delayedBomb[nDelayedBombs] = j;
                _delayedBombPos[nDelayedBombs++] = bpos;
                _delayedAgent[nDelayedAgents] = k;
                _delayedAgentPos[nDelayedAgents++] = apos;
            }
        }

        for (int q = 0; q < nDelayedBombs; q++)
        {
            DesiredBomb[_delayedBomb[q]] = _delayedBombPos[q];
            _bombOcc[_delayedBombPos[q]]++;
        }

        for (int q = 0; q < nDelayedAgents; q++)
        {
            DesiredAgent[_delayedAgent[q]] = _delayedAgentPos[q];
            _agentOcc[_delayedAgentPos[q]]++;
        }

        return nDelayedBombs + nDelayedAgents > 0;
    }

    /// <summary>
    /// The playground's second fixed-point loop (run only when the kick pass delayed something): agents and bombs may share
    /// a cell only if both stayed; a failed kick is undone for both the agent and its bomb.
    /// </summary>
    private void ResolveLateCollisions(int nAlive, int nBombs, bool change)
    {
        while (change)
        {
            change = false;
            for (int k = 0; k < nAlive; k++)
            {
                int d = DesiredAgent[k];
                int cur = AgentPos[k];
                if (d != cur && (_agentOcc[d] > 1 || _bombOcc[d] != 0))
                {
                    int j = _kickedBombByAgent[k];
                    if (j >= 0)
                    {
                        int bpos = BombPos[j];
                        DesiredBomb[j] = bpos;
                        _bombOcc[bpos]++;
                        AgentByKickedBomb[j] = -1;
                        _kickedBombByAgent[k] = -1;
                    }

                    DesiredAgent[k] = cur;
                    _agentOcc[cur]++;
                    change = true;
                }
            }

            for (int j = 0; j < nBombs; j++)
            {
                int d = DesiredBomb[j];
                int cur = BombPos[j];
                if (d == cur && AgentByKickedBomb[j] < 0)
                {
                    continue;
                }

                if (_bombOcc[d] > 1 || _agentOcc[d] != 0)
                {
                    DesiredBomb[j] = cur;
                    _bombOcc[cur]++;
                    int k = AgentByKickedBomb[j];
                    if (k >= 0)
                    {
                        int apos = AgentPos[k];
                        DesiredAgent[k] = apos;
                        _agentOcc[apos]++;
                        _kickedBombByAgent[k] = -1;
                        AgentByKickedBomb[j] = -1;
                    }

                    change = true;
                }
            }
        }
    }
}
