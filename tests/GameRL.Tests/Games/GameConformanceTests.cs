using GameRL.Games.Api;

namespace GameRL.Tests.Games;

/// <summary>
/// OpenSpiel's basic battery for every game: random playouts, chance probabilities summing to 1, sorted legal actions,
/// independent clones, tensors of the declared size, and returns that respect the utility kind.
/// </summary>
public class GameConformanceTests
{
    public static TheoryData<string> Specs =>
    [
        "kuhn_poker", "kuhn_poker(players=3)", "kuhn_poker(players=5)",
        "leduc_poker", "leduc_poker(players=3)", "leduc_poker(suit_isomorphism=true)", "leduc_poker(action_mapping=true)",
        "leduc_poker(starting_player=1)", "leduc_poker(ranks=5,suits=3,raise1=1,raise2=3,max_raises=3)",
        "tiny_hanabi", "tiny_hanabi(num_players=3,num_chance=2,num_actions=2,payoff=" + string.Join(";", Enumerable.Range(0, 64)) + ")",
        "matching_pennies", "rock_paper_scissors", "chicken", "battle_of_the_sexes", "shapleys_game", "prisoners_dilemma",
        "stag_hunt", "matching_pennies_3p", "random_tree(seed=3)", "random_tree(seed=4,players=3,utility=general_sum)",
    ];

    [Theory]
    [MemberData(nameof(Specs))]
    public void RandomPlayoutsRespectTheApi(string spec)
    {
        var game = GameCatalog.Load(spec);
        var rng = new Random(17);
        for (int episode = 0; episode < 50; episode++)
        {
            var state = game.NewInitialState();
            int moves = 0;
            while (!state.IsTerminal)
            {
                CheckState(game, state);
                int[] legal = state.LegalActions();
                Assert.NotEmpty(legal);
                Assert.Equal(legal.Order(), legal);
                int action;
                if (state.IsChanceNode)
                {
                    var outcomes = state.ChanceOutcomes();
                    Assert.Equal(1.0, outcomes.Sum(o => o.Probability), 1e-12);
                    Assert.All(outcomes, o => Assert.InRange(o.Action, 0, game.MaxChanceOutcomes - 1));
                    action = outcomes[rng.Next(outcomes.Length)].Action;
                }
                else
                {
                    Assert.All(legal, a => Assert.InRange(a, 0, game.NumDistinctActions - 1));
                    action = legal[rng.Next(legal.Length)];
                    moves++;
                }

                var clone = state.Clone();
                string before = clone.ToString() ?? string.Empty;
                state.ApplyAction(action);
                Assert.Equal(before, clone.ToString());
                Assert.Equal(state.History.Count - 1, clone.History.Count);
            }

            Assert.InRange(moves, 1, game.MaxGameLength);
            CheckReturns(game, state.Returns());
            Assert.Throws<InvalidOperationException>(() => state.ApplyAction(0));
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void IllegalActionsAreRejected(string spec)
    {
        var game = GameCatalog.Load(spec);
        var state = game.NewInitialState();
        Assert.Throws<InvalidOperationException>(() => state.ApplyAction(game.NumDistinctActions + game.MaxChanceOutcomes + 5));
    }

    private static void CheckState(IGame game, IState state)
    {
        for (int p = 0; p < game.NumPlayers; p++)
        {
            Assert.NotNull(state.InformationStateString(p));
            if (game.InformationStateTensorShape is { } shape)
            {
                var t = new float[shape.Aggregate(1, (a, b) => a * b)];
                state.InformationStateTensor(p, t);
                Assert.All(t, v => Assert.True(float.IsFinite(v)));
            }

            if (game.ObservationTensorShape is { } oshape)
            {
                state.ObservationTensor(p, new float[oshape.Aggregate(1, (a, b) => a * b)]);
            }
        }
    }

    private static void CheckReturns(IGame game, double[] returns)
    {
        Assert.Equal(game.NumPlayers, returns.Length);
        Assert.All(returns, r => Assert.InRange(r, game.MinUtility, game.MaxUtility));
        switch (game.Utility)
        {
            case UtilityKind.ZeroSum:
                Assert.Equal(0.0, returns.Sum(), 1e-9);
                break;
            case UtilityKind.Identical:
                Assert.All(returns, r => Assert.Equal(returns[0], r));
                break;
        }
    }
}
