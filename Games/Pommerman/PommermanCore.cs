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
    private readonly byte[] _exploded;
    private readonly PommermanMoveResolver _moves;

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
        _exploded = new byte[_s];
        _moves = new PommermanMoveResolver(_n, _a);
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
            _moves.DesiredAgent[k] = pos;
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
                    _moves.DesiredAgent[k] = next;
                }
            }
        }

        // Desired bomb positions.
        int nBombs = _bombCount[e];
        for (int j = 0; j < nBombs; j++)
        {
            int bpos = _bombPos[b0 + j];
            _moves.DesiredBomb[j] = bpos;
            board[bpos] = Passage;
            int dir = _bombDir[b0 + j];
            if (dir != 0)
            {
                int next = Next(bpos, dir);
                if (next >= 0 && !IsPowerup(board[next]) && !IsWall(board[next]))
                {
                    _moves.DesiredBomb[j] = next;
                }
            }
        }

        for (int k = 0; k < nAlive; k++)
        {
            int id = _aliveIds[k];
            _moves.AgentPos[k] = _agentPos[a0 + id];
            _moves.Kick[k] = _kick[a0 + id];
            _moves.Actions[k] = actions[id];
        }

        Array.Copy(_bombPos, b0, _moves.BombPos, 0, nBombs);
        Array.Copy(_bombDir, b0, _moves.BombDir, 0, nBombs);
        _moves.Resolve(nAlive, nBombs, board);
        Array.Copy(_moves.BombDir, 0, _bombDir, b0, nBombs);

        // Move bombs and agents.
        for (int j = 0; j < nBombs; j++)
        {
            if (_moves.DesiredBomb[j] == _bombPos[b0 + j] && _moves.AgentByKickedBomb[j] < 0)
            {
                _bombDir[b0 + j] = 0;
            }
            else
            {
                _bombPos[b0 + j] = _moves.DesiredBomb[j];
            }
        }

        for (int k = 0; k < nAlive; k++)
        {
            int id = _aliveIds[k];
            if (_moves.DesiredAgent[k] != _agentPos[a0 + id])
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
        _done[e] = PommermanOutcome.Score(Config, _alive.AsSpan(a0, _a), _step[e], _rewards.AsSpan(a0, _a));
        _step[e]++;
    }

    /// <summary>The playground's <c>get_info</c> result for <paramref name="agent"/>.</summary>
    public PommermanResult Result(int e, int agent) =>
        PommermanOutcome.Result(Config, _done[e], _alive.AsSpan(e * _a, _a), _rewards.AsSpan(e * _a, _a), agent);
}
