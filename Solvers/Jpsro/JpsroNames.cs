using GameRL.Games.Api;
using GameRL.Solvers.NormalForm;

namespace GameRL.Solvers.Jpsro;

/// <summary>OpenSpiel's option strings for JPSRO, parsed into the option enums; unknown strings list the valid ones.</summary>
public static class JpsroNames
{
    /// <summary><c>uniform</c> or <c>random_deterministic</c>.</summary>
    public static PolicyInit ParseInit(string name) => Parse(name, "--init", [("uniform", PolicyInit.Uniform), ("random_deterministic", PolicyInit.RandomDeterministic)]);

    /// <summary><c>all</c>, <c>cycle</c> or <c>random</c>.</summary>
    public static PlayerUpdate ParseUpdate(string name) => Parse(name, "--update-players", [("all", PlayerUpdate.All), ("cycle", PlayerUpdate.Cycle), ("random", PlayerUpdate.Random)]);

    /// <summary><c>cce</c> or <c>ce</c>.</summary>
    public static EquilibriumConcept ParseTarget(string name) => Parse(name, "--target", [("cce", EquilibriumConcept.CoarseCorrelated), ("ce", EquilibriumConcept.Correlated)]);

    /// <summary><c>all</c>, <c>all_novel</c>, <c>random</c>, <c>random_novel</c> or <c>largest_gap</c>.</summary>
    public static BestResponseSelection ParseSelection(string name) => Parse(name, "--br-selection",
    [
        ("all", BestResponseSelection.All), ("all_novel", BestResponseSelection.AllNovel), ("random", BestResponseSelection.Random),
        ("random_novel", BestResponseSelection.RandomNovel), ("largest_gap", BestResponseSelection.LargestGap),
    ]);

    private static T Parse<T>(string name, string option, (string Name, T Value)[] table)
    {
        foreach (var (n, v) in table)
        {
            if (n == name)
            {
                return v;
            }
        }

        throw new GameRLException($"unknown {option} '{name}'; valid: {string.Join(", ", table.Select(t => t.Name))}");
    }
}
