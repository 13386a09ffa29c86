using GameRL.Games.Api;
using GameRL.Games.Leduc;
using GameRL.Games.Tree;

namespace GameRL.Tests.Games;

/// <summary>Leduc's structural counts equal full enumeration, so sizes of huge variants can be trusted.</summary>
public class LeducSizesTests
{
    [Theory]
    [InlineData("leduc_poker")]
    [InlineData("leduc_poker(players=3,ranks=3,suits=2)")]
    [InlineData("leduc_poker(ranks=4,suits=3,max_raises=3,raise1=1)")]
    [InlineData("leduc_poker(starting_player=1)")]
    [InlineData("leduc_poker(ranks=2,suits=3,max_raises=1)")]
    public void CountsEqualEnumeration(string spec)
    {
        var game = GameCatalog.Load(spec);
        var sizes = ((ISizedGame)game).ExactSizes();
        Assert.NotNull(sizes);
        var tree = GameTree.Build(game);
        Assert.Equal(tree.ChanceNodes, sizes.ChanceHistories);
        Assert.Equal(tree.DecisionNodes, sizes.DecisionHistories);
        Assert.Equal(tree.TerminalNodes, sizes.TerminalHistories);
        Assert.Equal(tree.Depth, sizes.Depth);
        Assert.Equal(Enumerable.Range(0, game.NumPlayers).Select(p => (long)tree.NumInfosetsOf(p)), sizes.Infosets);
    }

    [Fact]
    public void SuitIsomorphismIsLeftToEnumeration() =>
        Assert.Null(((ISizedGame)GameCatalog.Load("leduc_poker(suit_isomorphism=true)")).ExactSizes());

    [Fact]
    public void VariantForATargetSizeHasAtLeastThatManyHistories()
    {
        string spec = LeducPokerGame.VariantWithAtLeast(1_000_000);
        long size = ((ISizedGame)GameCatalog.Load(spec)).ExactSizes()!.TotalHistories;
        Assert.InRange(size, 1_000_000, 3_000_000);
    }
}
