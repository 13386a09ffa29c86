namespace GameRL.Games.Pommerman;

/// <summary>
/// Observation tensors of one agent.
/// <para><b>Featurized</b> (the playground's <c>Pomme.featurize</c>, 3·N² + 9 floats): the board as item values (agents
/// drawn, cells outside the view as Fog under partial observability), bomb blast strengths, bomb lives, then row, column,
/// ammo, blast strength, can-kick, the teammate's item value and three enemy item values. One-vs-one lists one enemy in the
/// playground, which would give 3·N² + 7 floats; the list is padded with AgentDummy (9), as Team pads its list, so every
/// mode has the 3·N² + 9 of the playground's observation space.</para>
/// <para><b>Spatial</b> ([<see cref="SpatialChannels"/>, N, N]): one-hot planes 0 passage, 1 rigid, 2 wood, 3 bomb,
/// 4 flames, 5 fog, 6 extra-bomb, 7 range, 8 kick, 9 self, 10 teammate, 11 enemies; value planes 12 bomb blast strength,
/// 13 bomb life, 14 bomb moving direction (action id), 15 flame life (the playground's life + 1); constant planes
/// 16 ammo, 17 blast strength, 18 can-kick.</para>
/// </summary>
public static class PommermanEncoder
{
    /// <summary>Channels of the spatial tensor.</summary>
    public const int SpatialChannels = 19;

    /// <summary>Writes agent <paramref name="agent"/>'s observation of environment <paramref name="e"/>.</summary>
    internal static void Encode(PommermanCore core, int e, int agent, Span<float> v, PommermanObservationKind kind)
    {
        if (kind == PommermanObservationKind.Featurized)
        {
            Featurize(core, e, agent, v);
        }
        else
        {
            Spatial(core, e, agent, v);
        }
    }

    /// <summary>The item value agent <paramref name="agent"/> sees as its teammate (AgentDummy when it has none).</summary>
    public static int Teammate(PommermanConfig config, int agent) =>
        config.Mode == PommermanMode.Team ? (int)PommermanItem.Agent0 + ((agent + 2) % 4) : (int)PommermanItem.AgentDummy;

    /// <summary>True when <paramref name="other"/> is an enemy of <paramref name="agent"/>.</summary>
    public static bool IsEnemy(PommermanConfig config, int agent, int other) =>
        other != agent && (config.Mode != PommermanMode.Team || other % 2 != agent % 2);

    private static bool InView(PommermanConfig config, int agentCell, int cell)
    {
        if (!config.PartiallyObservable)
        {
            return true;
        }

        int n = config.BoardSize;
        return Math.Abs((agentCell / n) - (cell / n)) <= config.ViewSize && Math.Abs((agentCell % n) - (cell % n)) <= config.ViewSize;
    }

    private static void Featurize(PommermanCore core, int e, int agent, Span<float> v)
    {
        var config = core.Config;
        int s = config.Cells;
        int me = core.AgentCell(e, agent);
        var board = core.Board(e);
        v[s..(3 * s)].Clear();
        int n = config.BoardSize;
        int view = config.PartiallyObservable ? config.ViewSize : n;
        int myRow = me / n;
        int myColumn = me % n;
        for (int r = 0; r < n; r++)
        {
            bool rowVisible = Math.Abs(r - myRow) <= view;
            for (int c = 0; c < n; c++)
            {
                int cell = (r * n) + c;
                v[cell] = rowVisible && Math.Abs(c - myColumn) <= view ? board[cell] : (float)PommermanItem.Fog;
            }
        }

        for (int j = 0; j < core.BombCount(e); j++)
        {
            var bomb = core.Bomb(e, j);
            int cell = (bomb.Row * config.BoardSize) + bomb.Column;
            if (InView(config, me, cell))
            {
                v[s + cell] = bomb.BlastStrength;
                v[(2 * s) + cell] = bomb.Life;
            }
        }

        int o = 3 * s;
        v[o] = me / config.BoardSize;
        v[o + 1] = me % config.BoardSize;
        v[o + 2] = core.Ammo(e, agent);
        v[o + 3] = core.BlastStrength(e, agent);
        v[o + 4] = core.CanKick(e, agent) ? 1 : 0;
        v[o + 5] = Teammate(config, agent);
        int k = 0;
        for (int other = 0; other < config.NumAgents; other++)
        {
            if (IsEnemy(config, agent, other))
            {
                v[o + 6 + k++] = (int)PommermanItem.Agent0 + other;
            }
        }

        for (; k < 3; k++)
        {
            v[o + 6 + k] = (float)PommermanItem.AgentDummy;
        }
    }

    private static void Spatial(PommermanCore core, int e, int agent, Span<float> v)
    {
        var config = core.Config;
        int s = config.Cells;
        int n = config.BoardSize;
        int me = core.AgentCell(e, agent);
        var board = core.Board(e);
        v.Clear();
        for (int cell = 0; cell < s; cell++)
        {
            if (!InView(config, me, cell))
            {
                v[(5 * s) + cell] = 1;
                continue;
            }

            int item = board[cell];
            if (item >= (int)PommermanItem.Agent0)
            {
                int other = item - (int)PommermanItem.Agent0;
                int plane = other == agent ? 9 : IsEnemy(config, agent, other) ? 11 : 10;
                v[(plane * s) + cell] = 1;
            }
            else if (item <= (int)PommermanItem.Kick)
            {
                v[(item * s) + cell] = 1;
            }
        }

        for (int j = 0; j < core.BombCount(e); j++)
        {
            var bomb = core.Bomb(e, j);
            int cell = (bomb.Row * n) + bomb.Column;
            if (InView(config, me, cell))
            {
                v[(12 * s) + cell] = bomb.BlastStrength;
                v[(13 * s) + cell] = bomb.Life;
                v[(14 * s) + cell] = (int)bomb.Direction;
            }
        }

        for (int f = 0; f < core.FlameCount(e); f++)
        {
            int cell = core.FlameCell(e, f);
            if (InView(config, me, cell))
            {
                v[(15 * s) + cell] = core.FlameLife(e, f) + 1;
            }
        }

        v.Slice(16 * s, s).Fill(core.Ammo(e, agent));
        v.Slice(17 * s, s).Fill(core.BlastStrength(e, agent));
        v.Slice(18 * s, s).Fill(core.CanKick(e, agent) ? 1 : 0);
    }
}
