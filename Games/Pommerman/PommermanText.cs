using System.Globalization;
using System.Text;

namespace GameRL.Games.Pommerman;

/// <summary>
/// ASCII pictures of a Pommerman board: <c>.</c> passage, <c>#</c> rigid, <c>+</c> wood, <c>o</c> bomb, <c>*</c> flames,
/// <c>~</c> fog, <c>b</c>/<c>r</c>/<c>k</c> extra-bomb/range/kick power-ups, digits for agents.
/// </summary>
public static class PommermanText
{
    /// <summary>The character drawn for a cell value.</summary>
    public static char CellChar(PommermanItem item) => item switch
    {
        PommermanItem.Passage => '.',
        PommermanItem.Rigid => '#',
        PommermanItem.Wood => '+',
        PommermanItem.Bomb => 'o',
        PommermanItem.Flames => '*',
        PommermanItem.Fog => '~',
        PommermanItem.ExtraBomb => 'b',
        PommermanItem.IncrRange => 'r',
        PommermanItem.Kick => 'k',
        >= PommermanItem.Agent0 => (char)('0' + (item - PommermanItem.Agent0)),
        _ => '?',
    };

    /// <summary>The whole state: step, board, every agent, every bomb.</summary>
    internal static string State(PommermanCore core, int e) => Write(core, e, -1);

    /// <summary>What <paramref name="agent"/> observes: the board (fogged outside its view when partially observable) and its own stats.</summary>
    internal static string Observation(PommermanCore core, int e, int agent) => Write(core, e, agent);

    private static string Write(PommermanCore core, int e, int observer)
    {
        var config = core.Config;
        int n = config.BoardSize;
        var sb = new StringBuilder();
        sb.Append("step ").Append(core.StepCount(e).ToString(CultureInfo.InvariantCulture)).Append('\n');
        int me = observer >= 0 ? core.AgentCell(e, observer) : -1;
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                int cell = (r * n) + c;
                bool visible = observer < 0 || !config.PartiallyObservable
                    || (Math.Abs((me / n) - r) <= config.ViewSize && Math.Abs((me % n) - c) <= config.ViewSize);
                sb.Append(CellChar(visible ? (PommermanItem)core.Cell(e, cell) : PommermanItem.Fog));
            }

            sb.Append('\n');
        }

        for (int i = 0; i < config.NumAgents; i++)
        {
            if (observer >= 0 && i != observer)
            {
                continue;
            }

            int cell = core.AgentCell(e, i);
            sb.Append(CultureInfo.InvariantCulture, $"agent {i} ({cell / n},{cell % n}) {(core.IsAlive(e, i) ? "alive" : "dead")} ammo {core.Ammo(e, i)} blast {core.BlastStrength(e, i)} kick {(core.CanKick(e, i) ? 1 : 0)}\n");
        }

        for (int j = 0; j < core.BombCount(e); j++)
        {
            var bomb = core.Bomb(e, j);
            bool visible = observer < 0 || !config.PartiallyObservable
                || (Math.Abs((me / n) - bomb.Row) <= config.ViewSize && Math.Abs((me % n) - bomb.Column) <= config.ViewSize);
            if (visible)
            {
                sb.Append(CultureInfo.InvariantCulture, $"bomb ({bomb.Row},{bomb.Column}) owner {bomb.Owner} life {bomb.Life} blast {bomb.BlastStrength}{(bomb.Direction == PommermanAction.Stop ? string.Empty : $" moving {bomb.Direction}")}\n");
            }
        }

        return sb.ToString().TrimEnd('\n');
    }
}
