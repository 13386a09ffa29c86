using GameRL.Games.Api;
using GameRL.Games.Tree;

namespace GameRL.Tests.Support;

/// <summary>Compiled trees of the standard games, built once per test run.</summary>
internal static class Trees
{
    private static readonly Lazy<GameTree> KuhnTree = new(() => GameTree.Build(GameCatalog.Load("kuhn_poker")));
    private static readonly Lazy<GameTree> LeducTree = new(() => GameTree.Build(GameCatalog.Load("leduc_poker")));

    public static GameTree Kuhn => KuhnTree.Value;

    public static GameTree Leduc => LeducTree.Value;

    public static GameTree Of(string spec) => GameTree.Build(GameCatalog.Load(spec));
}
