using System.Globalization;

namespace GameRL.Games.Api;

/// <summary>
/// One parameter a game accepts: its name, type, default and allowed range. Games declare these so that
/// specs are validated in one place and errors can list every valid parameter.
/// </summary>
/// <param name="Name">The parameter name as written in a spec.</param>
/// <param name="Kind">The value type.</param>
/// <param name="Default">The default value (int, double, bool or string), or null when it depends on other parameters.</param>
/// <param name="Description">One sentence for <c>gamerl games</c>.</param>
public sealed record ParameterSpec(string Name, ParameterKind Kind, object? Default, string Description)
{
    /// <summary>Smallest allowed value of an Int or Double parameter.</summary>
    public double? Min { get; init; }

    /// <summary>Largest allowed value of an Int or Double parameter.</summary>
    public double? Max { get; init; }

    /// <summary>The allowed values of a String parameter, or null for free text.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>An Int parameter with an inclusive range.</summary>
    public static ParameterSpec Int(string name, int? defaultValue, int min, int max, string description) =>
        new(name, ParameterKind.Int, defaultValue, description) { Min = min, Max = max };

    /// <summary>A Bool parameter.</summary>
    public static ParameterSpec Bool(string name, bool defaultValue, string description) =>
        new(name, ParameterKind.Bool, defaultValue, description);

    /// <summary>A free-text String parameter.</summary>
    public static ParameterSpec Text(string name, string? defaultValue, string description) =>
        new(name, ParameterKind.String, defaultValue, description);

    /// <summary>A String parameter restricted to a list of choices.</summary>
    public static ParameterSpec Choice(string name, string? defaultValue, IReadOnlyList<string> choices, string description) =>
        new(name, ParameterKind.String, defaultValue, description) { Choices = choices };

    /// <summary>Parses and range-checks a raw value from a spec; throws <see cref="GameRLException"/> naming the problem.</summary>
    public object Parse(string gameName, string raw)
    {
        switch (Kind)
        {
            case ParameterKind.Int:
                if (!long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out long i))
                {
                    throw new GameRLException($"{gameName}: parameter '{Name}' must be an integer, got '{raw}'");
                }

                CheckRange(gameName, i, raw);
                return (int)i;
            case ParameterKind.Double:
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || !double.IsFinite(d))
                {
                    throw new GameRLException($"{gameName}: parameter '{Name}' must be a finite number, got '{raw}'");
                }

                CheckRange(gameName, d, raw);
                return d;
            case ParameterKind.Bool:
                return raw.ToLowerInvariant() switch
                {
                    "true" or "1" => true,
                    "false" or "0" => false,
                    _ => throw new GameRLException($"{gameName}: parameter '{Name}' must be true or false, got '{raw}'"),
                };
            default:
                if (Choices is not null && !Choices.Contains(raw))
                {
                    throw new GameRLException($"{gameName}: parameter '{Name}' must be one of {string.Join(", ", Choices)}; got '{raw}'");
                }

                return raw;
        }
    }

    /// <summary>The range or choices as text, e.g. "2..10".</summary>
    public string RangeText => Kind switch
    {
        ParameterKind.Int or ParameterKind.Double when Min is not null || Max is not null =>
            $"{Format(Min)}..{Format(Max)}",
        ParameterKind.String when Choices is not null => string.Join("|", Choices),
        _ => string.Empty,
    };

    private static string Format(double? v) => v is null ? string.Empty : v.Value.ToString(CultureInfo.InvariantCulture);

    private void CheckRange(string gameName, double value, string raw)
    {
        if ((Min is not null && value < Min) || (Max is not null && value > Max))
        {
            throw new GameRLException($"{gameName}: parameter '{Name}' = {raw} is out of range {RangeText}");
        }
    }
}
