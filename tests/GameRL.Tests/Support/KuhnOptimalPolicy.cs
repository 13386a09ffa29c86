using GameRL.Games.Tree;
using GameRL.Solvers.Policies;

namespace GameRL.Tests.Support;

/// <summary>
/// OpenSpiel's <c>kuhn_poker::GetOptimalPolicy(alpha)</c>, the Nash family of 2-player Kuhn for α ∈ [0, 1/3],
/// written out as (P(pass), P(bet)) per information state (reference: openspiel.md §1.1).
/// </summary>
internal static class KuhnOptimalPolicy
{
    public static Dictionary<string, (double Pass, double Bet)> Table(double alpha) => new()
    {
        ["0"] = (1 - alpha, alpha),
        ["0pb"] = (1, 0),
        ["1"] = (1, 0),
        ["1pb"] = ((2.0 / 3) - alpha, (1.0 / 3) + alpha),
        ["2"] = (1 - (3 * alpha), 3 * alpha),
        ["2pb"] = (0, 1),
        ["0p"] = (2.0 / 3, 1.0 / 3),
        ["0b"] = (1, 0),
        ["1p"] = (1, 0),
        ["1b"] = (2.0 / 3, 1.0 / 3),
        ["2p"] = (0, 1),
        ["2b"] = (0, 1),
    };

    /// <summary>The policy file JSON, as a user would write it.</summary>
    public static string Json(double alpha)
    {
        var entries = Table(alpha).Select(kv =>
            $$"""{"infoset": "{{kv.Key}}", "actions": [0, 1], "probabilities": [{{kv.Value.Pass.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}}, {{kv.Value.Bet.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}}]}""");
        return $$"""{"format_version": 1, "game": "kuhn_poker", "infosets": [{{string.Join(",\n", entries)}}]}""";
    }

    public static TabularPolicy Policy(GameTree tree, double alpha) => PolicyIo.Parse(tree, Json(alpha), $"kuhn-optimal-{alpha}");
}
