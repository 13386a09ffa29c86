using GameRL.Agents.Hanabi;
using GameRL.Agents.Pommerman;
using GameRL.Games.Api;
using GameRL.Games.HanabiLite;
using GameRL.Games.Pommerman;

namespace GameRL.Agents;

/// <summary>Creates agents by name; each game accepts the generic agents plus those written for its rules.</summary>
public static class AgentCatalog
{
    /// <summary>The agent names that can play <paramref name="game"/>.</summary>
    public static IReadOnlyList<string> NamesFor(IGame game) => game switch
    {
        HanabiLiteGame => ["rule", "simple", "random"],
        PommermanGame => ["simple", "random", "static"],
        _ => ["random", "static"],
    };

    /// <summary>Creates agent <paramref name="name"/> for <paramref name="game"/>, or throws a one-line error listing the valid names.</summary>
    public static IAgent Create(string name, IGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var valid = NamesFor(game);
        if (!valid.Contains(name))
        {
            throw new GameRLException($"unknown agent '{name}' for {game.Definition.ShortName}; valid agents: {string.Join(", ", valid)}");
        }

        return name switch
        {
            "rule" => new HanabiRuleAgent(),
            "simple" when game is HanabiLiteGame => new HanabiSimpleAgent(),
            "simple" => new PommermanSimpleAgent(),
            "static" => new StaticAgent(),
            _ => new RandomAgent(),
        };
    }
}
