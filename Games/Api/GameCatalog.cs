using GameRL.Games.HanabiLite;
using GameRL.Games.Kuhn;
using GameRL.Games.Leduc;
using GameRL.Games.NormalForm;
using GameRL.Games.Pommerman;
using GameRL.Games.TinyHanabi;

namespace GameRL.Games.Api;

/// <summary>
/// The registry of games: loads a game from an OpenSpiel-style spec such as <c>leduc_poker(players=3)</c>.
/// Adding a game means adding its <see cref="GameDefinition"/> here.
/// </summary>
public static class GameCatalog
{
    private static readonly List<GameDefinition> Registered =
    [
        KuhnPokerGame.CatalogEntry,
        LeducPokerGame.CatalogEntry,
        TinyHanabiGame.CatalogEntry,
        .. NormalFormCatalog.Entries,
        RandomTree.RandomTreeGame.CatalogEntry,
        HanabiLiteGame.CatalogEntry,
        PommermanGame.CatalogEntry,
    ];

    /// <summary>Every registered game, in catalog order.</summary>
    public static IReadOnlyList<GameDefinition> Definitions => Registered;

    /// <summary>Adds a game to the catalog (used by projects that define games outside this assembly).</summary>
    public static void Register(GameDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (Registered)
        {
            if (Registered.Any(d => d.ShortName == definition.ShortName))
            {
                throw new InvalidOperationException($"a game named '{definition.ShortName}' is already registered");
            }

            Registered.Add(definition);
        }
    }

    /// <summary>
    /// Loads a game from a spec; unknown names or parameters throw <see cref="GameRLException"/> listing the valid ones.
    /// </summary>
    public static IGame Load(string spec)
    {
        var parsed = GameSpec.Parse(spec);
        var definition = Registered.FirstOrDefault(d => d.ShortName == parsed.Name)
            ?? throw new GameRLException($"unknown game '{parsed.Name}'; valid games: {string.Join(", ", Registered.Select(d => d.ShortName))}");
        return definition.Create(parsed.Arguments);
    }
}
