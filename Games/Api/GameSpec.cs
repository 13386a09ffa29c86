namespace GameRL.Games.Api;

/// <summary>
/// A parsed game spec in OpenSpiel's syntax, <c>name(key=value,...)</c>, with raw (untyped) values.
/// Values may themselves contain parenthesised specs, e.g. <c>wrapper(game=kuhn_poker(players=3))</c>.
/// </summary>
/// <param name="Name">The game's short name.</param>
/// <param name="Arguments">The raw key/value pairs in the order written.</param>
public sealed record GameSpec(string Name, IReadOnlyList<KeyValuePair<string, string>> Arguments)
{
    /// <summary>Parses a spec string; throws <see cref="GameRLException"/> with the position of a syntax error.</summary>
    public static GameSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string s = text.Trim();
        if (s.Length == 0)
        {
            throw new GameRLException("empty game spec");
        }

        int open = s.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            CheckName(s, text);
            return new GameSpec(s, []);
        }

        if (s[^1] != ')')
        {
            throw new GameRLException($"game spec '{text}' must end with ')'");
        }

        string name = s[..open].Trim();
        CheckName(name, text);
        string inner = s[(open + 1)..^1];
        var args = new List<KeyValuePair<string, string>>();
        foreach (string piece in SplitTopLevel(inner, text))
        {
            if (piece.Trim().Length == 0)
            {
                continue;
            }

            int eq = piece.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new GameRLException($"game spec '{text}': expected key=value, got '{piece.Trim()}'");
            }

            string key = piece[..eq].Trim();
            string value = piece[(eq + 1)..].Trim();
            if (args.Any(a => a.Key == key))
            {
                throw new GameRLException($"game spec '{text}': parameter '{key}' is given twice");
            }

            args.Add(new(key, value));
        }

        return new GameSpec(name, args);
    }

    private static void CheckName(string name, string text)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new GameRLException($"game spec '{text}': '{name}' is not a valid game name");
        }
    }

    private static List<string> SplitTopLevel(string inner, string text)
    {
        var pieces = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.Length; i++)
        {
            switch (inner[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth < 0)
                    {
                        throw new GameRLException($"game spec '{text}' has an unbalanced ')'");
                    }

                    break;
                case ',' when depth == 0:
                    pieces.Add(inner[start..i]);
                    start = i + 1;
                    break;
            }
        }

        if (depth != 0)
        {
            throw new GameRLException($"game spec '{text}' has an unbalanced '('");
        }

        pieces.Add(inner[start..]);
        return pieces;
    }
}
