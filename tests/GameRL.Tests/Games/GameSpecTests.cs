using GameRL.Games.Api;

namespace GameRL.Tests.Games;

/// <summary>Game specs in OpenSpiel's syntax and the errors that list the valid choices.</summary>
public class GameSpecTests
{
    [Fact]
    public void ParsesNameAndParameters()
    {
        var spec = GameSpec.Parse("leduc_poker(players=3, suit_isomorphism=true)");
        Assert.Equal("leduc_poker", spec.Name);
        Assert.Equal([new("players", "3"), new("suit_isomorphism", "true")], spec.Arguments);
    }

    [Fact]
    public void NestedSpecsStayWhole()
    {
        var spec = GameSpec.Parse("wrap(game=kuhn_poker(players=3),x=1)");
        Assert.Equal("kuhn_poker(players=3)", spec.Arguments[0].Value);
        Assert.Equal("1", spec.Arguments[1].Value);
    }

    [Fact]
    public void CanonicalSpecSortsExplicitParameters()
    {
        Assert.Equal("leduc_poker(players=3,suits=2)", GameCatalog.Load("leduc_poker(suits=2,players=3)").Spec);
        Assert.Equal("kuhn_poker()", GameCatalog.Load("kuhn_poker").Spec);
    }

    [Theory]
    [InlineData("nope", "valid games: kuhn_poker, leduc_poker")]
    [InlineData("kuhn_poker(player=3)", "valid parameters: players")]
    [InlineData("kuhn_poker(players=11)", "out of range 2..10")]
    [InlineData("kuhn_poker(players=x)", "must be an integer")]
    [InlineData("kuhn_poker(players=3", "must end with ')'")]
    [InlineData("kuhn_poker(players)", "expected key=value")]
    [InlineData("kuhn_poker(players=2,players=3)", "given twice")]
    [InlineData("matching_pennies(x=1)", "takes no parameters")]
    [InlineData("leduc_poker(action_mapping=maybe)", "true or false")]
    public void BadSpecsNameTheProblem(string spec, string expected)
    {
        var e = Assert.Throws<GameRLException>(() => GameCatalog.Load(spec));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }
}
