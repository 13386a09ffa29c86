using GameRL.Games.Api;
using GameRL.Games.Pommerman;

namespace GameRL.Agents.Pommerman;

/// <summary>
/// A SimpleAgent-like Pommerman player built from the playground's description of its SimpleAgent, acting on the featurized
/// observation only (so it respects partial observability). Each step:
/// <list type="number">
/// <item>it predicts when every visible cell will burn: each bomb explodes when its life runs out or when a bomb whose blast
/// reaches it explodes (chains), and flames last 3 observations; current flames are assumed to burn 2 more steps;</item>
/// <item>an action is <i>safe</i> when a breadth-first search over (cell, time) finds a way to stay out of the flames for
/// the next 13 steps (walls, bombs and other agents block; it may stay on its own bomb);</item>
/// <item>if its cell will burn it flees along the safe action that reaches a never-burning cell soonest;</item>
/// <item>it lays a bomb when an enemy or a wooden wall is within its blast and a bomb there is still safe for itself;</item>
/// <item>otherwise it walks (safely) towards the nearest power-up, else the nearest cell next to wood, else the nearest
/// enemy, else a random safe direction avoiding its last 6 positions.</item>
/// </list>
/// </summary>
public sealed class PommermanSimpleAgent : IAgent
{
    private const int Horizon = 13;
    private static readonly int[] Moves = [1, 2, 3, 4];

    private readonly Queue<int> _recent = new();
    private Random _rng = new(0);
    private float[] _obs = [];

    /// <inheritdoc/>
    public string Name => "simple";

    /// <inheritdoc/>
    public void Reset(int player, long seed)
    {
        _rng = new Random(unchecked((int)(seed ^ (seed >> 32))));
        _recent.Clear();
    }

    /// <inheritdoc/>
    public int Act(IState state, int player)
    {
        var s = state as PommermanState ?? throw new ArgumentException("the simple agent plays pommerman_lite only", nameof(state));
        if (!s.IsAlive(player))
        {
            return (int)PommermanAction.Stop;
        }

        int size = s.Config.FeaturizedSize;
        if (_obs.Length != size)
        {
            _obs = new float[size];
        }

        s.FeaturizedObservation(player, _obs);
        var view = new PommermanView(_obs, s.Config.BoardSize);
        return Decide(view);
    }

    private int Decide(PommermanView v)
    {
        int me = v.Me;
        ulong[] danger = v.DangerMap(extraBomb: -1);
        bool[,] safe = SafeTable(v, danger, me);
        var safeActions = new List<int>();
        if (safe[0, me])
        {
            safeActions.Add(0);
        }

        foreach (int a in Moves)
        {
            int next = v.Next(me, a);
            if (next >= 0 && v.Enterable(next, me) && safe[0, next])
            {
                safeActions.Add(a);
            }
        }

        bool threatened = danger[me] != 0;
        _rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(safeActions));
        if (threatened && safeActions.Count > 0)
        {
            int best = safeActions[0];
            int bestDistance = int.MaxValue;
            foreach (int a in safeActions)
            {
                int d = v.DistanceTo(a == 0 ? me : v.Next(me, a), me, cell => danger[cell] == 0);
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = a;
                }
            }

            return Remember(me, best);
        }

        if (v.Ammo > 0 && !v.IsBomb(me) && (v.EnemyInBlast() || v.WoodInBlast()) && BombIsSafe(v))
        {
            return Remember(me, (int)PommermanAction.Bomb);
        }

        int[] order = [.. Moves];
        _rng.Shuffle(order);
        foreach (Func<int, bool> goal in new Func<int, bool>[] { v.IsPowerup, v.NextToWood, v.NextToEnemy })
        {
            int step = v.FirstStepTowards(me, goal, order);
            if (step > 0 && safeActions.Contains(step))
            {
                return Remember(me, step);
            }
        }

        var fresh = safeActions.Where(a => a != 0 && !_recent.Contains(v.Next(me, a))).ToList();
        var pool = fresh.Count > 0 ? fresh : safeActions.Count > 0 ? safeActions : [0];
        return Remember(me, pool[_rng.Next(pool.Count)]);
    }

    private bool BombIsSafe(PommermanView v)
    {
        ulong[] danger = v.DangerMap(extraBomb: v.Me);
        bool[,] safe = SafeTable(v, danger, v.Me);
        return safe[0, v.Me];
    }

    /// <summary>safe[t−1, c]: standing on c at the end of step t (1 ≤ t ≤ Horizon) can be followed by survival to the horizon.</summary>
    private static bool[,] SafeTable(PommermanView v, ulong[] danger, int start)
    {
        int cells = v.Cells;
        var safe = new bool[Horizon, cells];
        for (int c = 0; c < cells; c++)
        {
            safe[Horizon - 1, c] = (danger[c] >> Horizon) == 0;
        }

        for (int t = Horizon - 1; t >= 1; t--)
        {
            for (int c = 0; c < cells; c++)
            {
                if ((danger[c] & (1UL << t)) != 0 || (c != start && !v.Enterable(c, start)))
                {
                    continue;
                }

                bool ok = safe[t, c];
                foreach (int a in Moves)
                {
                    int next = v.Next(c, a);
                    ok |= next >= 0 && v.Enterable(next, start) && safe[t, next];
                }

                safe[t - 1, c] = ok;
            }
        }

        return safe;
    }

    private int Remember(int me, int action)
    {
        _recent.Enqueue(me);
        if (_recent.Count > 6)
        {
            _recent.Dequeue();
        }

        return action;
    }
}
