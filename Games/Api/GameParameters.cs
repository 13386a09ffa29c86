using System.Globalization;

namespace GameRL.Games.Api;

/// <summary>
/// The validated parameter values of one game instance: the explicitly given ones and the defaults.
/// </summary>
public sealed class GameParameters
{
    private readonly Dictionary<string, object?> _values;
    private readonly SortedDictionary<string, object> _explicit;

    internal GameParameters(Dictionary<string, object?> values, SortedDictionary<string, object> explicitValues)
    {
        _values = values;
        _explicit = explicitValues;
    }

    /// <summary>The parameters given in the spec, sorted by name.</summary>
    public IReadOnlyDictionary<string, object> Explicit => _explicit;

    /// <summary>True when the spec gave this parameter explicitly.</summary>
    public bool IsSet(string name) => _explicit.ContainsKey(name);

    /// <summary>An Int parameter's value.</summary>
    public int Int(string name) => (int)(_values[name] ?? throw new InvalidOperationException($"parameter '{name}' has no value"));

    /// <summary>An Int parameter's value, or the fallback when it has no default and was not given.</summary>
    public int Int(string name, int fallback) => _values[name] is int v ? v : fallback;

    /// <summary>A Double parameter's value.</summary>
    public double Double(string name) => (double)(_values[name] ?? throw new InvalidOperationException($"parameter '{name}' has no value"));

    /// <summary>A Bool parameter's value.</summary>
    public bool Bool(string name) => (bool)(_values[name] ?? throw new InvalidOperationException($"parameter '{name}' has no value"));

    /// <summary>A String parameter's value, or null when it has no default and was not given.</summary>
    public string? Text(string name) => (string?)_values[name];

    /// <summary>The canonical spec of a game with these parameters: <c>name(k=v,...)</c> with the explicit parameters sorted.</summary>
    public string ToSpec(string gameName)
    {
        var parts = _explicit.Select(kv => $"{kv.Key}={FormatValue(kv.Value)}");
        return $"{gameName}({string.Join(",", parts)})";
    }

    /// <summary>Formats a parameter value as it is written in a spec.</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
