namespace GameRL.Games.Api;

/// <summary>
/// A catalog entry: a game's names, parameters and factory. Parameter values reach the factory validated.
/// </summary>
/// <param name="ShortName">The name used in specs (<c>leduc_poker</c>).</param>
/// <param name="LongName">A readable name.</param>
/// <param name="Description">One sentence for <c>gamerl games</c>.</param>
/// <param name="ParameterSpecs">Every parameter the game accepts.</param>
/// <param name="Factory">Builds a game from validated parameters.</param>
public sealed record GameDefinition(
    string ShortName,
    string LongName,
    string Description,
    IReadOnlyList<ParameterSpec> ParameterSpecs,
    Func<GameDefinition, GameParameters, IGame> Factory)
{
    /// <summary>Validates raw spec arguments against <see cref="ParameterSpecs"/> and builds the game.</summary>
    public IGame Create(IReadOnlyList<KeyValuePair<string, string>> arguments)
    {
        var values = ParameterSpecs.ToDictionary(p => p.Name, p => p.Default);
        var given = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, raw) in arguments)
        {
            var spec = ParameterSpecs.FirstOrDefault(p => p.Name == key)
                ?? throw new GameRLException(
                    ParameterSpecs.Count == 0
                        ? $"{ShortName}: unknown parameter '{key}'; this game takes no parameters"
                        : $"{ShortName}: unknown parameter '{key}'; valid parameters: {string.Join(", ", ParameterSpecs.Select(p => p.Name))}");
            object value = spec.Parse(ShortName, raw);
            values[key] = value;
            given[key] = value;
        }

        return Factory(this, new GameParameters(values, given));
    }
}
