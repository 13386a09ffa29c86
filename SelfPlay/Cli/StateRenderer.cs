using System.Text;
using GameRL.Games.Api;
using GameRL.Games.Pommerman;
using Spectre.Console;

namespace GameRL.Cli;

/// <summary>
/// Draws a state step by step for <c>play --render</c> and <c>replay</c>: the move that led to it, then the state's text
/// (HLE's for Hanabi, the ASCII board for Pommerman, coloured where the terminal supports colour).
/// </summary>
internal static class StateRenderer
{
    public static void Render(CliContext ctx, IState state, int mover, int[]? actions, int step)
    {
        if (actions is not null)
        {
            string what = mover == Player.Simultaneous
                ? string.Join(", ", actions.Select((a, p) => $"{p}: {state.ActionToString(p, a)}"))
                : state.ActionToString(mover, actions[0]);
            string who = mover == Player.Chance ? "chance" : mover == Player.Simultaneous ? "all" : $"player {mover}";
            ctx.Console.MarkupLine($"[bold]step {step}[/] {Markup.Escape(who)}: {Markup.Escape(what)}");
        }
        else
        {
            ctx.Console.MarkupLine("[bold]start[/]");
        }

        string text = state.ToString() ?? string.Empty;
        ctx.Console.MarkupLine(state is PommermanState ? ColourBoard(text) : Markup.Escape(text));
        if (state.IsTerminal)
        {
            ctx.Console.MarkupLine($"[bold]returns[/] [[{string.Join(", ", state.Returns())}]]");
        }

        ctx.Console.WriteLine();
    }

    private static string ColourBoard(string text)
    {
        var sb = new StringBuilder();
        foreach (string line in text.Split('\n'))
        {
            bool grid = line.Length > 0 && line.All(ch => ".#+o*~brk0123".Contains(ch, StringComparison.Ordinal));
            if (!grid)
            {
                sb.Append(Markup.Escape(line)).Append('\n');
                continue;
            }

            foreach (char ch in line)
            {
                string? style = ch switch
                {
                    '#' => "grey",
                    '+' => "yellow",
                    'o' => "red bold",
                    '*' => "orange1",
                    '~' => "grey23",
                    'b' or 'r' or 'k' => "cyan",
                    '0' => "blue bold",
                    '1' => "green bold",
                    '2' => "magenta bold",
                    '3' => "white bold",
                    _ => null,
                };
                sb.Append(style is null ? Markup.Escape(ch.ToString()) : $"[{style}]{Markup.Escape(ch.ToString())}[/]");
            }

            sb.Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }
}
