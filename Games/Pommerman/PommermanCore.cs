namespace GameRL.Games.Pommerman;

/// <summary>
/// The rules of Pommerman for B games at once, struct-of-arrays. <see cref="Step"/> follows the playground's
/// <c>ForwardModel.step</c> statement by statement (same order of board writes, same conflict resolution, same kick and
/// chain-explosion logic), then its <c>get_done</c> and <c>get_rewards</c>. Bombs and flames are kept as ordered lists,
/// because the playground's resolution depends on list order. Both <see cref="PommermanState"/> (B = 1) and
/// <see cref="PommermanBatchedEnvironment"/> run this code.
/// </summary>
internal sealed class PommermanCore
{
    private const byte Passage = (byte)PommermanItem.Passage;
    private const byte Rigid = (byte)PommermanItem.Rigid;
    private const byte Wood = (byte)PommermanItem.Wood;
    private const byte BombCell = (byte)PommermanItem.Bomb;
    private const byte Flames = (byte)PommermanItem.Flames;

    private readonly int _n;
    private readonly int _s;
    private readonly int _a;
    private readonly int _flameCapacity;

    // Per-environment state.
    private readonly byte[] _board;
    private readonly byte[] _hidden;
    private readonly int[] _agentPos;
    private readonly bool[] _alive;
    private readonly int[] _ammo;
    private readonly int[] _blast;
    private readonly bool[] _kick;
    private readonly int[] _bombCount;
    private readonly int[] _bombPos;
    private readonly int[] _bombOwner;
    private readonly int[] _bombLife;
    private readonly int[] _bombBlast;
    private readonly int[] _bombDir;
    private readonly int[] _flameCount;
    private readonly int[] _flamePos;
    private readonly int[] _flameLife;
    private readonly int[] _step;
    private readonly bool[] _done;
    private readonly int[] _rewards;

    // Scratch for one step (one environment at a time).
    private readonly int[] _aliveIds;
    private readonly int[] _desiredAgent;
    private readonly int[] _desiredBomb;
    private readonly int[] _agentOcc;
    private readonly int[] _bombOcc;
    private readonly int[] _crossStamp;
    private readonly int[] _crossOwner;
    private readonly int[] _agentByKickedBomb;
    private readonly int[] _kickedBombByAgent;
    private readonly int[] _delayedBomb;
    private readonly int[] _delayedBombPos;
    private readonly int[] _delayedAgent;
    private readonly int[] _delayedAgentPos;
    private readonly byte[] _exploded;
    private int _stamp;

    public PommermanCore(PommermanConfig config, int batchSize)
    {
        Config = config;
        BatchSize = batchSize;
        _n = config.BoardSize;
        _s = config.Cells;
        _a = config.NumAgents;
        _flameCapacity = 3 * _s;
        _board = new byte[batchSize * _s];
        _hidden = new byte[batchSize * _s];
        _agentPos = new int[batchSize * _a];
        _alive = new bool[batchSize * _a];
        _ammo = new int[batchSize * _a];
        _blast = new int[batchSize * _a];
        _kick = new bool[batchSize * _a];
        _bombCount = new int[batchSize];
        _bombPos = new int[batchSize * _s];
        _bombOwner = new int[batchSize * _s];
        _bombLife = new int[batchSize * _s];
        _bombBlast = new int[batchSize * _s];
        _bombDir = new int[batchSize * _s];
        _flameCount = new int[batchSize];
        _flamePos = new int[batchSize * _flameCapacity];
        _flameLife = new int[batchSize * _flameCapacity];
        _step = new int[batchSize];
        _done = new bool[batchSize];
        _rewards = new int[batchSize * _a];
        _aliveIds = new int[_a];
        _desiredAgent = new int[_a];
        _desiredBomb = new int[_s];
        _agentOcc = new int[_s];
        _bombOcc = new int[_s];
        _crossStamp = new int[2 * _s];
        _crossOwner = new int[2 * _s];
        _agentByKickedBomb = new int[_s];
        _kickedBombByAgent = new int[_a];
        _delayedBomb = new int[_s];
        _delayedBombPos = new int[_s];
        _delayedAgent = new int[_a];
        _delayedAgentPos = new int[_a];
        _exploded = new byte[_s];
    }

    public PommermanConfig Config { get; }

    public int BatchSize { get; }

    public int StepCount(int e) => _step[e];

    public bool IsDone(int e) => _done[e];

    public byte Cell(int e, int cell) => _board[(e * _s) + cell];

    public byte HiddenItem(int e, int cell) => _hidden[(e * _s) + cell];

    public ReadOnlySpan<byte> Board(int e) => _board.AsSpan(e * _s, _s);

    public int AgentCell(int e, int agent) => _agentPos[(e * _a) + agent];

    public bool IsAlive(int e, int agent) => _alive[(e * _a) + agent];

    public int Ammo(int e, int agent) => _ammo[(e * _a) + agent];

    public int BlastStrength(int e, int agent) => _blast[(e * _a) + agent];

    public bool CanKick(int e, int agent) => _kick[(e * _a) + agent];

    public int Reward(int e, int agent) => _rewards[(e * _a) + agent];

    public int BombCount(int e) => _bombCount[e];

    public PommermanBomb Bomb(int e, int index)
    {
        int i = (e * _s) + index;
        return new PommermanBomb(_bombPos[i] / _n, _bombPos[i] % _n, _bombOwner[i], _bombLife[i], _bombBlast[i], (PommermanAction)_bombDir[i]);
    }

    public int FlameCount(int e) => _flameCount[e];

    public int FlameCell(int e, int index) => _flamePos[(e * _flameCapacity) + index];

    public int FlameLife(int e, int index) => _flameLife[(e * _flameCapacity) + index];

    /// <summary>Starts environment <paramref name="e"/> on a board generated from <paramref name="seed"/>.</summary>
    public void Reset(int e, long seed)
    {
        PommermanBoardGenerator.Generate(Config, seed, _board.AsSpan(e * _s, _s), _hidden.AsSpan(e * _s, _s));
        _bombCount[e] = 0;
        _flameCount[e] = 0;
        _step[e] = 0;
        _done[e] = false;
        _rewards.AsSpan(e * _a, _a).Clear();
        for (int i = 0; i < _a; i++)
        {
            int k = (e * _a) + i;
            _agentPos[k] = _board.AsSpan(e * _s, _s).IndexOf((byte)((int)PommermanItem.Agent0 + i));
            _alive[k] = true;
            _ammo[k] = 1;
            _blast[k] = 2;
            _kick[k] = false;
        }
    }

    /// <summary>Starts environment <paramref name="e"/> on a given layout (tests and replays).</summary>
    public void SetLayout(int e, ReadOnlySpan<byte> board, ReadOnlySpan<byte> hidden)
    {
        board.CopyTo(_board.AsSpan(e * _s, _s));
        hidden.CopyTo(_hidden.AsSpan(e * _s, _s));
        _bombCount[e] = 0;
        _flameCount[e] = 0;
        _step[e] = 0;
        _done[e] = false;
        _rewards.AsSpan(e * _a, _a).Clear();
        for (int i = 0; i < _a; i++)
        {
            int k = (e * _a) + i;
            _agentPos[k] = board.IndexOf((byte)((int)PommermanItem.Agent0 + i));
            _alive[k] = _agentPos[k] >= 0;
            _ammo[k] = 1;
            _blast[k] = 2;
            _kick[k] = false;
        }
    }

    /// <summary>Sets an agent's attributes (tests).</summary>
    public void SetAgent(int e, int agent, int ammo, int blastStrength, bool canKick)
    {
        int k = (e * _a) + agent;
        _ammo[k] = ammo;
        _blast[k] = blastStrength;
        _kick[k] = canKick;
    }

    /// <summary>Adds a bomb at the end of the bomb list and draws it (tests).</summary>
    public void AddBomb(int e, int cell, int owner, int life, int blastStrength, PommermanAction direction)
    {
        int i = (e * _s) + _bombCount[e]++;
        _bombPos[i] = cell;
        _bombOwner[i] = owner;
        _bombLife[i] = life;
        _bombBlast[i] = blastStrength;
        _bombDir[i] = (int)direction;
        if (_board[(e * _s) + cell] < (byte)PommermanItem.Agent0)
        {
            _board[(e * _s) + cell] = BombCell;
        }
    }

    /// <summary>Copies environment <paramref name="from"/> of <paramref name="source"/> into environment <paramref name="to"/>.</summary>
    public void CopyFrom(PommermanCore source, int from, int to)
    {
        Array.Copy(source._board, from * _s, _board, to * _s, _s);
        Array.Copy(source._hidden, from * _s, _hidden, to * _s, _s);
        Array.Copy(source._agentPos, from * _a, _agentPos, to * _a, _a);
        Array.Copy(source._alive, from * _a, _alive, to * _a, _a);
        Array.Copy(source._ammo, from * _a, _ammo, to * _a, _a);
        Array.Copy(source._blast, from * _a, _blast, to * _a, _a);
        Array.Copy(source._kick, from * _a, _kick, to * _a, _a);
        Array.Copy(source._rewards, from * _a, _rewards, to * _a, _a);
        foreach (var list in new[] { (source._bombPos, _bombPos), (source._bombOwner, _bombOwner), (source._bombLife, _bombLife), (source._bombBlast, _bombBlast), (source._bombDir, _bombDir) })
        {
            Array.Copy(list.Item1, from * _s, list.Item2, to * _s, _s);
        }

        Array.Copy(source._flamePos, from * _flameCapacity, _flamePos, to * _flameCapacity, _flameCapacity);
        Array.Copy(source._flameLife, from * _flameCapacity, _flameLife, to * _flameCapacity, _flameCapacity);
        _bombCount[to] = source._bombCount[from];
        _flameCount[to] = source._flameCount[from];
        _step[to] = source._step[from];
        _done[to] = source._done[from];
    }

    /// <summary>
    /// One step of environment <paramref name="e"/> with one action per agent (dead agents' actions are ignored), then the
    /// playground's done test and rewards (both read the step count before it is incremented), then step count + 1.
    /// </summary>
    public void Step(int e, ReadOnlySpan<int> actions)
    {
        int b0 = e * _s;
        int a0 = e * _a;
        var board = _board.AsSpan(b0, _s);
        TickFlames(e, board);

        // Desired agent positions; laying bombs.
        int nAlive = 0;
        for (int i = 0; i < _a; i++)
        {
            if (_alive[a0 + i])
            {
                _aliveIds[nAlive++] = i;
            }
        }

        for (int k = 0; k < nAlive; k++)
        {
            int id = _aliveIds[k];
            int pos = _agentPos[a0 + id];
            _desiredAgent[k] = pos;
            board[pos] = Passage;
            int action = actions[id];
            if (action == (int)PommermanAction.Bomb)
            {
                if (!BombAt(e, pos) && _ammo[a0 + id] > 0)
                {
                    _ammo[a0 + id]--;
                    int bi = b0 + _bombCount[e]++;
                    _bombPos[bi] = pos;
                    _bombOwner[bi] = id;
                    _bombLife[bi] = 10;
                    _bombBlast[bi] = _blast[a0 + id];
                    _bombDir[bi] = 0;
                }
            }
            else if (action != (int)PommermanAction.Stop)
            {
                int next = Next(pos, action);
                if (next >= 0 && !IsWall(board[next]))
                {
                    _desiredAgent[k] = next;
                }
            }
        }

        // Desired bomb positions.
        int nBombs = _bombCount[e];
        for (int j = 0; j < nBombs; j++)
        {
            int bpos = _bombPos[b0 + j];
            _desiredBomb[j] = bpos;
            board[bpos] = Passage;
            int dir = _bombDir[b0 + j];
            if (dir != 0)
            {
                int next = Next(bpos, dir);
                if (next >= 0 && !IsPowerup(board[next]) && !IsWall(board[next]))
                {
                    _desiredBomb[j] = next;
                }
            }
        }

        ResolveCrossings(e, nAlive, nBombs);

        Array.Clear(_agentOcc);
        Array.Clear(_bombOcc);
        for (int k = 0; k < nAlive; k++)
        {
            _agentOcc[_desiredAgent[k]]++;
        }

        for (int j = 0; j < nBombs; j++)
        {
            _bombOcc[_desiredBomb[j]]++;
        }

        ResolveCollisions(e, nAlive, nBombs);
        bool change = ResolveKicks(e, nAlive, nBombs, actions, board);
        ResolveLateCollisions(e, nAlive, nBombs, change);

        // Move bombs and agents.
        for (int j = 0; j < nBombs; j++)
        {
            if (_desiredBomb[j] == _bombPos[b0 + j] && _agentByKickedBomb[j] < 0)
            {
                _bombDir[b0 + j] = 0;
            }
            else
            {
                _bombPos[b0 + j] = _desiredBomb[j];
            }
        }

        for (int k = 0; k < nAlive; k++)
        {
            int id = _aliveIds[k];
            if (_desiredAgent[k] != _agentPos[a0 + id])
            {
                int pos = Next(_agentPos[a0 + id], actions[id]);
                _agentPos[a0 + id] = pos;
                PickUp(a0 + id, board[pos]);
            }
        }

        Explode(e, board);

        // Kill agents on flames, draw the others.
        for (int k = 0; k < nAlive; k++)
        {
            int id = _aliveIds[k];
            int pos = _agentPos[a0 + id];
            if (board[pos] == Flames)
            {
                _alive[a0 + id] = false;
            }
            else
            {
                board[pos] = (byte)((byte)PommermanItem.Agent0 + id);
            }
        }

        Finish(e);
    }

    private static bool IsWall(byte v) => v == Rigid || v == Wood;

    private static bool IsPowerup(byte v) => v >= (byte)PommermanItem.ExtraBomb && v <= (byte)PommermanItem.Kick;

    private int Next(int cell, int action)
    {
        int r = cell / _n;
        int c = cell % _n;
        switch (action)
        {
            case (int)PommermanAction.Up:
                return r > 0 ? cell - _n : -1;
            case (int)PommermanAction.Down:
                return r < _n - 1 ? cell + _n : -1;
            case (int)PommermanAction.Left:
                return c > 0 ? cell - 1 : -1;
            case (int)PommermanAction.Right:
                return c < _n - 1 ? cell + 1 : -1;
            default:
                return cell;
        }
    }

    private bool BombAt(int e, int cell)
    {
        int b0 = e * _s;
        for (int j = 0; j < _bombCount[e]; j++)
        {
            if (_bombPos[b0 + j] == cell)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Flames at life 0 die (revealing an item still hidden there); the others tick; all survivors are redrawn.</summary>
    private void TickFlames(int e, Span<byte> board)
    {
        int f0 = e * _flameCapacity;
        int kept = 0;
        for (int f = 0; f < _flameCount[e]; f++)
        {
            int pos = _flamePos[f0 + f];
            int life = _flameLife[f0 + f];
            if (life == 0)
            {
                byte item = _hidden[(e * _s) + pos];
                _hidden[(e * _s) + pos] = 0;
                board[pos] = item != 0 ? item : Passage;
            }
            else
            {
                _flamePos[f0 + kept] = pos;
                _flameLife[f0 + kept] = life - 1;
                kept++;
            }
        }

        _flameCount[e] = kept;
        for (int f = 0; f < kept; f++)
        {
            board[_flamePos[f0 + f]] = Flames;
        }
    }

    /// <summary>Two movers swapping across one edge: agent–agent both stay, bomb–bomb both stay, agent–bomb the bomb stays.</summary>
    private void ResolveCrossings(int e, int nAlive, int nBombs)
    {
        int a0 = e * _a;
        int b0 = e * _s;
        int stamp = ++_stamp;
        for (int k = 0; k < nAlive; k++)
        {
            int pos = _agentPos[a0 + _aliveIds[k]];
            if (_desiredAgent[k] != pos)
            {
                int edge = Edge(pos, _desiredAgent[k]);
                if (_crossStamp[edge] == stamp)
                {
                    _desiredAgent[k] = pos;
                    int other = _crossOwner[edge];
                    _desiredAgent[other] = _agentPos[a0 + _aliveIds[other]];
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
            int pos = _bombPos[b0 + j];
            if (_desiredBomb[j] != pos)
            {
                int edge = Edge(pos, _desiredBomb[j]);
                if (_crossStamp[edge] == stamp)
                {
                    _desiredBomb[j] = pos;
                    int owner = _crossOwner[edge];
                    if (owner >= _a)
                    {
                        int other = owner - _a;
                        _desiredBomb[other] = _bombPos[b0 + other];
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
    private void ResolveCollisions(int e, int nAlive, int nBombs)
    {
        int a0 = e * _a;
        int b0 = e * _s;
        bool change = true;
        while (change)
        {
            change = false;
            for (int k = 0; k < nAlive; k++)
            {
                int d = _desiredAgent[k];
                int cur = _agentPos[a0 + _aliveIds[k]];
                if (d != cur && (_agentOcc[d] > 1 || _bombOcc[d] > 1))
                {
                    _desiredAgent[k] = cur;
                    _agentOcc[cur]++;
                    change = true;
                }
            }

            for (int j = 0; j < nBombs; j++)
            {
                int d = _desiredBomb[j];
                int cur = _bombPos[b0 + j];
                if (d != cur && (_bombOcc[d] > 1 || _agentOcc[d] > 1))
                {
                    _desiredBomb[j] = cur;
                    _bombOcc[cur]++;
                    change = true;
                }
            }
        }
    }

    /// <summary>Agents walking into bombs: kick them on if allowed and the cell beyond is free, else both stay.</summary>
    private bool ResolveKicks(int e, int nAlive, int nBombs, ReadOnlySpan<int> actions, Span<byte> board)
    {
        int a0 = e * _a;
        int b0 = e * _s;
        Array.Fill(_agentByKickedBomb, -1, 0, nBombs);
        Array.Fill(_kickedBombByAgent, -1);
        int nDelayedBombs = 0;
        int nDelayedAgents = 0;
        for (int j = 0; j < nBombs; j++)
        {
            int d = _desiredBomb[j];
            if (_agentOcc[d] == 0)
            {
                continue;
            }

            int k = -1;
            for (int q = 0; q < nAlive; q++)
            {
                if (_desiredAgent[q] == d)
                {
                    k = q;
                    break;
                }
            }

            if (k < 0)
            {
                continue;
            }

            int id = _aliveIds[k];
            int apos = _agentPos[a0 + id];
            int bpos = _bombPos[b0 + j];
            if (d == apos)
            {
                if (d != bpos)
                {
                    _delayedBomb[nDelayedBombs] = j;
                    _delayedBombPos[nDelayedBombs++] = bpos;
                }

                continue;
            }

            if (!_kick[a0 + id])
            {
                _delayedBomb[nDelayedBombs] = j;
                _delayedBombPos[nDelayedBombs++] = bpos;
                _delayedAgent[nDelayedAgents] = k;
                _delayedAgentPos[nDelayedAgents++] = apos;
                continue;
            }

            int direction = actions[id];
            int target = Next(d, direction);
            if (target >= 0 && _agentOcc[target] == 0 && _bombOcc[target] == 0 && !IsPowerup(board[target]) && !IsWall(board[target]))
            {
                _bombOcc[d] = 0;
                _delayedBomb[nDelayedBombs] = j;
                _delayedBombPos[nDelayedBombs++] = target;
                _agentByKickedBomb[j] = k;
                _kickedBombByAgent[k] = j;
                _bombDir[b0 + j] = direction;
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
            _desiredBomb[_delayedBomb[q]] = _delayedBombPos[q];
            _bombOcc[_delayedBombPos[q]]++;
        }

        for (int q = 0; q < nDelayedAgents; q++)
        {
            _desiredAgent[_delayedAgent[q]] = _delayedAgentPos[q];
            _agentOcc[_delayedAgentPos[q]]++;
        }

        return nDelayedBombs + nDelayedAgents > 0;
    }

    /// <summary>
    /// The playground's second fixed-point loop (run only when the kick pass delayed something): agents and bombs may share
    /// a cell only if both stayed; a failed kick is undone for both the agent and its bomb.
    /// </summary>
    private void ResolveLateCollisions(int e, int nAlive, int nBombs, bool change)
    {
        int a0 = e * _a;
        int b0 = e * _s;
        while (change)
        {
            change = false;
            for (int k = 0; k < nAlive; k++)
            {
                int d = _desiredAgent[k];
                int cur = _agentPos[a0 + _aliveIds[k]];
                if (d != cur && (_agentOcc[d] > 1 || _bombOcc[d] != 0))
                {
                    int j = _kickedBombByAgent[k];
                    if (j >= 0)
                    {
                        int bpos = _bombPos[b0 + j];
                        _desiredBomb[j] = bpos;
                        _bombOcc[bpos]++;
                        _agentByKickedBomb[j] = -1;
                        _kickedBombByAgent[k] = -1;
                    }

                    _desiredAgent[k] = cur;
                    _agentOcc[cur]++;
                    change = true;
                }
            }

            for (int j = 0; j < nBombs; j++)
            {
                int d = _desiredBomb[j];
                int cur = _bombPos[b0 + j];
                if (d == cur && _agentByKickedBomb[j] < 0)
                {
                    continue;
                }

                if (_bombOcc[d] > 1 || _agentOcc[d] != 0)
                {
                    _desiredBomb[j] = cur;
                    _bombOcc[cur]++;
                    int k = _agentByKickedBomb[j];
                    if (k >= 0)
                    {
                        int apos = _agentPos[a0 + _aliveIds[k]];
                        _desiredAgent[k] = apos;
                        _agentOcc[apos]++;
                        _kickedBombByAgent[k] = -1;
                        _agentByKickedBomb[j] = -1;
                    }

                    change = true;
                }
            }
        }
    }

    private void PickUp(int agent, byte item)
    {
        switch ((PommermanItem)item)
        {
            case PommermanItem.ExtraBomb:
                _ammo[agent] = Math.Min(_ammo[agent] + 1, 10);
                break;
            case PommermanItem.IncrRange:
                _blast[agent] = Math.Min(_blast[agent] + 1, Config.MaxBlastStrength);
                break;
            case PommermanItem.Kick:
                _kick[agent] = true;
                break;
        }
    }

    /// <summary>Ticks bombs, explodes those at life 0 or standing in flames, chains, then draws bombs and new flames.</summary>
    private void Explode(int e, Span<byte> board)
    {
        int b0 = e * _s;
        int a0 = e * _a;
        Array.Clear(_exploded);
        bool hasNew = false;
        int nBombs = _bombCount[e];
        for (int j = 0; j < nBombs; j++)
        {
            _bombLife[b0 + j]--;
            if (_bombLife[b0 + j] == 0)
            {
                hasNew = true;
            }
            else if (board[_bombPos[b0 + j]] == Flames)
            {
                _bombLife[b0 + j] = 0;
                hasNew = true;
            }
        }

        while (hasNew)
        {
            hasNew = false;
            int kept = 0;
            for (int j = 0; j < nBombs; j++)
            {
                int i = b0 + j;
                if (_bombLife[i] != 0)
                {
                    MoveBomb(b0 + kept, i);
                    kept++;
                    continue;
                }

                int owner = a0 + _bombOwner[i];
                _ammo[owner] = Math.Min(_ammo[owner] + 1, 10);
                MarkBlast(board, _bombPos[i], _bombBlast[i]);
            }

            nBombs = kept;
            for (int j = 0; j < nBombs; j++)
            {
                if (_exploded[_bombPos[b0 + j]] != 0)
                {
                    _bombLife[b0 + j] = 0;
                    hasNew = true;
                }
            }
        }

        _bombCount[e] = nBombs;
        for (int j = 0; j < nBombs; j++)
        {
            board[_bombPos[b0 + j]] = BombCell;
        }

        int f0 = e * _flameCapacity;
        for (int cell = 0; cell < _s; cell++)
        {
            if (_exploded[cell] != 0)
            {
                int f = f0 + _flameCount[e]++;
                _flamePos[f] = cell;
                _flameLife[f] = 2;
            }
        }

        for (int f = 0; f < _flameCount[e]; f++)
        {
            board[_flamePos[f0 + f]] = Flames;
        }
    }

    private void MoveBomb(int to, int from)
    {
        _bombPos[to] = _bombPos[from];
        _bombOwner[to] = _bombOwner[from];
        _bombLife[to] = _bombLife[from];
        _bombBlast[to] = _bombBlast[from];
        _bombDir[to] = _bombDir[from];
    }

    /// <summary>
    /// The playground's <c>Bomb.explode</c>: up, left and right reach strength − 1 cells, "down" starts at the bomb's own
    /// cell; each ray stops at the edge or a rigid wall, and includes the first wooden wall it hits.
    /// </summary>
    private void MarkBlast(Span<byte> board, int cell, int strength)
    {
        int r = cell / _n;
        int c = cell % _n;
        for (int i = 1; i < strength; i++)
        {
            if (!Mark(board, r - i, c))
            {
                break;
            }
        }

        for (int i = 0; i < strength; i++)
        {
            if (!Mark(board, r + i, c))
            {
                break;
            }
        }

        for (int i = 1; i < strength; i++)
        {
            if (!Mark(board, r, c - i))
            {
                break;
            }
        }

        for (int i = 1; i < strength; i++)
        {
            if (!Mark(board, r, c + i))
            {
                break;
            }
        }
    }

    private bool Mark(Span<byte> board, int r, int c)
    {
        if (r < 0 || c < 0 || r >= _n || c >= _n)
        {
            return false;
        }

        int cell = (r * _n) + c;
        if (board[cell] == Rigid)
        {
            return false;
        }

        _exploded[cell] = 1;
        return board[cell] != Wood;
    }

    /// <summary>The playground's get_done and get_rewards with the step count before the increment, then the increment.</summary>
    private void Finish(int e)
    {
        int a0 = e * _a;
        int aliveMask = 0;
        int aliveCount = 0;
        for (int i = 0; i < _a; i++)
        {
            if (_alive[a0 + i])
            {
                aliveMask |= 1 << i;
                aliveCount++;
            }
        }

        bool timeUp = _step[e] >= Config.MaxSteps;
        var rewards = _rewards.AsSpan(a0, _a);
        switch (Config.Mode)
        {
            case PommermanMode.Team:
                _done[e] = timeUp || aliveCount <= 1 || aliveMask == 0b0101 || aliveMask == 0b1010;
                if (aliveMask is 0b0101 or 0b0001 or 0b0100)
                {
                    TeamRewards(rewards, 0);
                }
                else if (aliveMask is 0b1010 or 0b0010 or 0b1000)
                {
                    TeamRewards(rewards, 1);
                }
                else
                {
                    rewards.Fill(timeUp || aliveCount == 0 ? -1 : 0);
                }

                break;
            default:
                _done[e] = timeUp || aliveCount <= 1;
                if (aliveCount == 1)
                {
                    for (int i = 0; i < _a; i++)
                    {
                        rewards[i] = _alive[a0 + i] ? 1 : -1;
                    }
                }
                else if (timeUp)
                {
                    rewards.Fill(-1);
                }
                else
                {
                    for (int i = 0; i < _a; i++)
                    {
                        // FFA: 0 for the living, −1 for the dead; one-vs-one gives 0 to both while it runs.
                        rewards[i] = Config.Mode == PommermanMode.Ffa && !_alive[a0 + i] ? -1 : 0;
                    }
                }

                break;
        }

        _step[e]++;
    }

    private static void TeamRewards(Span<int> rewards, int winningTeam)
    {
        for (int i = 0; i < rewards.Length; i++)
        {
            rewards[i] = i % 2 == winningTeam ? 1 : -1;
        }
    }

    /// <summary>The playground's <c>get_info</c> result for <paramref name="agent"/>.</summary>
    public PommermanResult Result(int e, int agent)
    {
        if (!_done[e])
        {
            return PommermanResult.Incomplete;
        }

        int a0 = e * _a;
        if (Config.Mode == PommermanMode.Team)
        {
            bool tie = true;
            for (int i = 0; i < _a; i++)
            {
                tie &= _rewards[a0 + i] == -1;
            }

            return tie ? PommermanResult.Tie : _rewards[a0 + agent] == 1 ? PommermanResult.Win : PommermanResult.Loss;
        }

        int alive = 0;
        for (int i = 0; i < _a; i++)
        {
            alive += _alive[a0 + i] ? 1 : 0;
        }

        return alive != 1 ? PommermanResult.Tie : _alive[a0 + agent] ? PommermanResult.Win : PommermanResult.Loss;
    }
}
