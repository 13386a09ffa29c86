using GameRL.Games.Pommerman;

namespace GameRL.Agents.Pommerman;

/// <summary>
/// An agent's featurized observation (3·N² + 9 floats) read back as a board, with the geometry the simple agent needs:
/// neighbours, blast rays, predicted flame times and breadth-first searches.
/// </summary>
internal sealed class PommermanView
{
    private readonly float[] _obs;
    private readonly int _n;
    private readonly int _s;
    private readonly int[] _enemies;

    public PommermanView(float[] obs, int boardSize)
    {
        _obs = obs;
        _n = boardSize;
        _s = boardSize * boardSize;
        Me = ((int)obs[3 * _s] * _n) + (int)obs[(3 * _s) + 1];
        _enemies = [.. Enumerable.Range(0, 3).Select(i => (int)obs[(3 * _s) + 6 + i]).Where(v => v != (int)PommermanItem.AgentDummy)];
    }

    public int Cells => _s;

    public int Me { get; }

    public int Ammo => (int)_obs[(3 * _s) + 2];

    public int Blast => (int)_obs[(3 * _s) + 3];

    public int Item(int cell) => (int)_obs[cell];

    public bool IsBomb(int cell) => _obs[(2 * _s) + cell] > 0;

    public bool IsPowerup(int cell) => Item(cell) is >= (int)PommermanItem.ExtraBomb and <= (int)PommermanItem.Kick;

    public bool IsEnemy(int cell) => _enemies.Contains(Item(cell));

    public bool NextToWood(int cell) => Neighbours(cell).Any(c => Item(c) == (int)PommermanItem.Wood);

    public bool NextToEnemy(int cell) => Neighbours(cell).Any(IsEnemy);

    /// <summary>The cell an action leads to, or −1 off the board (Stop and Bomb stay).</summary>
    public int Next(int cell, int action)
    {
        int r = cell / _n;
        int c = cell % _n;
        return action switch
        {
            1 => r > 0 ? cell - _n : -1,
            2 => r < _n - 1 ? cell + _n : -1,
            3 => c > 0 ? cell - 1 : -1,
            4 => c < _n - 1 ? cell + 1 : -1,
            _ => cell,
        };
    }

    /// <summary>True when the agent could walk onto <paramref name="cell"/> (its own start cell always counts as free).</summary>
    public bool Enterable(int cell, int start)
    {
        if (cell == start)
        {
            return !IsBomb(cell);
        }

        int item = Item(cell);
        return item != (int)PommermanItem.Rigid && item != (int)PommermanItem.Wood && item != (int)PommermanItem.Fog
            && item < (int)PommermanItem.AgentDummy && !IsBomb(cell);
    }

    /// <summary>
    /// Bit t of cell c set when c is predicted to burn at the end of step t from now: a bomb of life L explodes at step L
    /// (or when a chained bomb does) and burns for steps L..L+2; visible flames burn at steps 0..2.
    /// <paramref name="extraBomb"/> ≥ 0 adds a bomb the agent would lay there now (life 10).
    /// </summary>
    public ulong[] DangerMap(int extraBomb)
    {
        var cells = new List<int>();
        var times = new List<int>();
        var strengths = new List<int>();
        for (int c = 0; c < _s; c++)
        {
            if (IsBomb(c))
            {
                cells.Add(c);
                times.Add((int)_obs[(2 * _s) + c]);
                strengths.Add((int)_obs[_s + c]);
            }
        }

        if (extraBomb >= 0)
        {
            cells.Add(extraBomb);
            times.Add(10);
            strengths.Add(Blast);
        }

        var rays = cells.Select((c, i) => BlastCells(c, strengths[i]).ToList()).ToList();
        for (bool changed = true; changed;)
        {
            changed = false;
            for (int i = 0; i < cells.Count; i++)
            {
                for (int j = 0; j < cells.Count; j++)
                {
                    if (times[j] > times[i] && rays[i].Contains(cells[j]))
                    {
                        times[j] = times[i];
                        changed = true;
                    }
                }
            }
        }

        var danger = new ulong[_s];
        for (int c = 0; c < _s; c++)
        {
            if (Item(c) == (int)PommermanItem.Flames)
            {
                danger[c] |= 0b111;
            }
        }

        for (int i = 0; i < cells.Count; i++)
        {
            foreach (int c in rays[i])
            {
                danger[c] |= 0b111UL << times[i];
            }
        }

        return danger;
    }

    /// <summary>The cells a blast of <paramref name="strength"/> at <paramref name="cell"/> reaches (the rules' rays).</summary>
    public IEnumerable<int> BlastCells(int cell, int strength)
    {
        yield return cell;
        foreach (int a in new[] { 1, 2, 3, 4 })
        {
            int c = cell;
            for (int i = 1; i < strength; i++)
            {
                c = Next(c, a);
                if (c < 0 || Item(c) == (int)PommermanItem.Rigid)
                {
                    break;
                }

                yield return c;
                if (Item(c) == (int)PommermanItem.Wood)
                {
                    break;
                }
            }
        }
    }

    public bool EnemyInBlast() => BlastCells(Me, Blast).Any(IsEnemy);

    public bool WoodInBlast() => BlastCells(Me, Blast).Any(c => Item(c) == (int)PommermanItem.Wood);

    /// <summary>
    /// The first action on a shortest walk from <paramref name="from"/> to a cell other than it satisfying the goal, or −1;
    /// ties go to the earlier first step in <paramref name="order"/>.
    /// </summary>
    public int FirstStepTowards(int from, Func<int, bool> goal, int[] order)
    {
        var first = new int[_s];
        Array.Fill(first, -1);
        var queue = new Queue<int>();
        foreach (int a in order)
        {
            int next = Next(from, a);
            if (next >= 0 && (Enterable(next, from) || (IsEnemy(next) && goal(next))) && first[next] < 0)
            {
                first[next] = a;
                queue.Enqueue(next);
            }
        }

        while (queue.Count > 0)
        {
            int cell = queue.Dequeue();
            if (goal(cell))
            {
                return first[cell];
            }

            if (!Enterable(cell, from))
            {
                continue;
            }

            foreach (int a in new[] { 1, 2, 3, 4 })
            {
                int next = Next(cell, a);
                if (next >= 0 && next != from && first[next] < 0 && Enterable(next, from))
                {
                    first[next] = first[cell];
                    queue.Enqueue(next);
                }
            }
        }

        return -1;
    }

    /// <summary>Steps of the shortest walk from <paramref name="from"/> to a goal cell (0 if it is one), or int.MaxValue.</summary>
    public int DistanceTo(int from, int start, Func<int, bool> goal)
    {
        var dist = new int[_s];
        Array.Fill(dist, -1);
        dist[from] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            int cell = queue.Dequeue();
            if (goal(cell))
            {
                return dist[cell];
            }

            foreach (int a in new[] { 1, 2, 3, 4 })
            {
                int next = Next(cell, a);
                if (next >= 0 && dist[next] < 0 && Enterable(next, start))
                {
                    dist[next] = dist[cell] + 1;
                    queue.Enqueue(next);
                }
            }
        }

        return int.MaxValue;
    }

    private IEnumerable<int> Neighbours(int cell)
    {
        foreach (int a in new[] { 1, 2, 3, 4 })
        {
            int next = Next(cell, a);
            if (next >= 0)
            {
                yield return next;
            }
        }
    }
}
