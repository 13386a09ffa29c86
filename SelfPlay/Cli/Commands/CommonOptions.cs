using System.CommandLine;
using GameRL.Games.Api;
using GameRL.Games.Tree;

namespace GameRL.Cli.Commands;

/// <summary>Arguments and helpers shared by several commands.</summary>
internal static class CommonOptions
{
    public static Argument<string> Spec() => new("spec") { Description = "game spec, e.g. leduc_poker or kuhn_poker(players=3)" };

    public static Option<bool> Json() => new("--json") { Description = "print one JSON object instead of text" };

    public static Option<int> Seed() => new("--seed") { Description = "random seed; the same seed gives the same numbers", DefaultValueFactory = _ => 0 };

    /// <summary>Loads and compiles a game, or throws a one-line user error.</summary>
    public static GameTree Compile(string spec)
    {
        var game = GameCatalog.Load(spec);
        return GameTree.Build(game);
    }
}
