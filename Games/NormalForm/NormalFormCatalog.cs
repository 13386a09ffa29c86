using GameRL.Games.Api;

namespace GameRL.Games.NormalForm;

/// <summary>
/// Built-in normal-form games and <c>normal_form(file=...)</c>, which loads a payoff tensor from JSON.
/// Chicken and Battle of the Sexes use the payoffs of OpenSpiel's correlated-equilibrium tests
/// (corr_dist_test), whose known correlated equilibria the tests check.
/// </summary>
public static class NormalFormCatalog
{
    /// <summary>Every built-in normal-form game plus the file loader.</summary>
    public static IReadOnlyList<GameDefinition> Entries { get; } =
    [
        Builtin("matching_pennies", "Matching Pennies", "zero-sum: the row player wins on a match", ["Heads", "Tails"], ["Heads", "Tails"], [1, -1, -1, 1], [-1, 1, 1, -1]),
        Builtin("rock_paper_scissors", "Rock, Paper, Scissors", "zero-sum cyclic game", ["Rock", "Paper", "Scissors"], ["Rock", "Paper", "Scissors"], [0, -1, 1, 1, 0, -1, -1, 1, 0], [0, 1, -1, -1, 0, 1, 1, -1, 0]),
        Builtin("chicken", "Chicken", "Aumann's game of chicken, payoffs [[0,7],[2,6]] / [[0,2],[7,6]] (action 0 = Dare)", ["Dare", "Chicken"], ["Dare", "Chicken"], [0, 7, 2, 6], [0, 2, 7, 6]),
        Builtin("battle_of_the_sexes", "Battle of the Sexes", "coordination with conflicting preferences, [[2,0],[0,1]] / [[1,0],[0,2]]", ["Opera", "Football"], ["Opera", "Football"], [2, 0, 0, 1], [1, 0, 0, 2]),
        Builtin("shapleys_game", "Shapley's Game", "general-sum rock-paper-scissors where fictitious play cycles", ["Rock", "Paper", "Scissors"], ["Rock", "Paper", "Scissors"], [0, 0, 1, 1, 0, 0, 0, 1, 0], [0, 1, 0, 0, 0, 1, 1, 0, 0]),
        Builtin("prisoners_dilemma", "Prisoner's Dilemma", "defection dominates, cooperation pays more", ["Cooperate", "Defect"], ["Cooperate", "Defect"], [5, 0, 10, 1], [5, 10, 0, 1]),
        Builtin("stag_hunt", "Stag Hunt", "two pure equilibria, one payoff-dominant and one risk-dominant", ["Stag", "Hare"], ["Stag", "Hare"], [2, 0, 1, 1], [2, 1, 0, 1]),
        ThreePlayerMatchingPennies(),
        new GameDefinition(
            "normal_form",
            "Normal-form game from a file",
            "an n-player payoff tensor read from JSON (see README: payoffs[player][a0][a1]...)",
            [ParameterSpec.Text("file", null, "path of the JSON payoff file")],
            (d, p) =>
            {
                string path = p.Text("file") ?? throw new GameRLException("normal_form: parameter 'file' is required");
                var (tensor, names) = NormalFormFile.Load(path);
                return new NormalFormGame(d, p, tensor, names);
            }),
    ];

    /// <summary>A normal-form game over an in-memory payoff tensor (actions named a0, a1, ...).</summary>
    public static NormalFormGame FromTensor(PayoffTensor payoffs)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        var definition = Entries[^1];
        var names = payoffs.NumActions.Select(k => (IReadOnlyList<string>)Enumerable.Range(0, k).Select(a => $"a{a}").ToArray()).ToArray();
        var parameters = new GameParameters(new Dictionary<string, object?> { ["file"] = null }, new SortedDictionary<string, object>(StringComparer.Ordinal));
        return new NormalFormGame(definition, parameters, payoffs, names);
    }

    private static GameDefinition Builtin(string name, string longName, string description, string[] rowNames, string[] colNames, double[] row, double[] col) =>
        new(name, longName, description, [], (d, p) =>
            new NormalFormGame(d, p, new PayoffTensor([rowNames.Length, colNames.Length], [.. row, .. col]), [rowNames, colNames]));

    /// <summary>
    /// Jordan's (1993) three-player matching pennies: player 0 wins by matching player 1, player 1 by matching player 2,
    /// player 2 by mismatching player 0; a win is +1 and a loss −1.
    /// </summary>
    private static GameDefinition ThreePlayerMatchingPennies() =>
        new("matching_pennies_3p", "Three-player Matching Pennies", "Jordan's cyclic 3-player matching pennies (+1/-1)", [], (d, p) =>
        {
            var values = new double[3 * 8];
            for (int joint = 0; joint < 8; joint++)
            {
                int a0 = joint >> 2, a1 = (joint >> 1) & 1, a2 = joint & 1;
                values[joint] = a0 == a1 ? 1 : -1;
                values[8 + joint] = a1 == a2 ? 1 : -1;
                values[16 + joint] = a2 != a0 ? 1 : -1;
            }

            string[] names = ["Heads", "Tails"];
            return new NormalFormGame(d, p, new PayoffTensor([2, 2, 2], values), [names, names, names]);
        });
}
