using GameRL.Games.Api;
using GameRL.Games.Pommerman;

namespace GameRL.Tests.Games.Pommerman;

/// <summary>
/// Builds states from pictures: '.' passage, '#' rigid, '+' wood, 'E'/'R'/'K' wood hiding an extra-bomb/range/kick item,
/// 'b'/'r'/'k' visible items, '0'–'3' agents.
/// </summary>
internal static class PommermanLayouts
{
    public static PommermanState Load(string spec, params string[] rows)
    {
        var game = (PommermanGame)GameCatalog.Load(spec);
        Assert.Equal(game.Config.BoardSize, rows.Length);
        var state = (PommermanState)game.NewInitialState(0);
        int n = rows.Length;
        var board = new byte[n * n];
        var hidden = new byte[n * n];
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                char ch = rows[r][c];
                (PommermanItem cell, PommermanItem item) = ch switch
                {
                    '.' => (PommermanItem.Passage, PommermanItem.Passage),
                    '#' => (PommermanItem.Rigid, PommermanItem.Passage),
                    '+' => (PommermanItem.Wood, PommermanItem.Passage),
                    'E' => (PommermanItem.Wood, PommermanItem.ExtraBomb),
                    'R' => (PommermanItem.Wood, PommermanItem.IncrRange),
                    'K' => (PommermanItem.Wood, PommermanItem.Kick),
                    'b' => (PommermanItem.ExtraBomb, PommermanItem.Passage),
                    'r' => (PommermanItem.IncrRange, PommermanItem.Passage),
                    'k' => (PommermanItem.Kick, PommermanItem.Passage),
                    _ => ((PommermanItem)((int)PommermanItem.Agent0 + (ch - '0')), PommermanItem.Passage),
                };
                board[(r * n) + c] = (byte)cell;
                hidden[(r * n) + c] = (byte)item;
            }
        }

        state.Core.SetLayout(0, board, hidden);
        return state;
    }

    public static readonly string[] Open =
    [
        "........",
        ".0......",
        "........",
        "........",
        "........",
        "........",
        "......1.",
        "........",
    ];

    public static void Step(PommermanState state, params PommermanAction[] actions) =>
        state.ApplyActions([.. actions.Select(a => (int)a)]);
}
