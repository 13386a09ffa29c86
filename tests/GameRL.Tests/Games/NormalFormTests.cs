using GameRL.Games.Api;
using GameRL.Games.NormalForm;
using GameRL.Games.Tree;

namespace GameRL.Tests.Games;

/// <summary>Normal-form games: built-ins, the JSON loader, and their turn-based trees.</summary>
public class NormalFormTests
{
    [Theory]
    [InlineData("matching_pennies", UtilityKind.ZeroSum)]
    [InlineData("rock_paper_scissors", UtilityKind.ZeroSum)]
    [InlineData("chicken", UtilityKind.GeneralSum)]
    [InlineData("battle_of_the_sexes", UtilityKind.GeneralSum)]
    [InlineData("shapleys_game", UtilityKind.GeneralSum)]
    [InlineData("matching_pennies_3p", UtilityKind.GeneralSum)]
    public void BuiltinsAreClassifiedByTheirPayoffs(string spec, UtilityKind kind) =>
        Assert.Equal(kind, GameCatalog.Load(spec).Utility);

    [Fact]
    public void TurnBasedTreeHidesEarlierMoves()
    {
        var tree = GameTree.Build(GameCatalog.Load("rock_paper_scissors"));
        Assert.Equal([1, 1], new[] { tree.NumInfosetsOf(0), tree.NumInfosetsOf(1) });
        Assert.Equal(9, tree.TerminalNodes);
    }

    [Fact]
    public void ChickenPayoffsAreAumanns()
    {
        var g = (NormalFormGame)GameCatalog.Load("chicken");
        Assert.Equal(7.0, g.Payoffs[0, g.Payoffs.JointIndex([0, 1])]);
        Assert.Equal(2.0, g.Payoffs[1, g.Payoffs.JointIndex([0, 1])]);
        Assert.Equal(6.0, g.Payoffs[1, g.Payoffs.JointIndex([1, 1])]);
    }

    [Fact]
    public void LoadsAThreePlayerTensorFromJson()
    {
        string json = """{"payoffs": [[[[1,2],[3,4]],[[5,6],[7,8]]], [[[0,0],[0,0]],[[0,0],[0,0]]], [[[1,1],[1,1]],[[1,1],[1,1]]]]}""";
        var (t, names) = NormalFormFile.Parse(json, "test");
        Assert.Equal([2, 2, 2], t.NumActions);
        Assert.Equal(6.0, t[0, t.JointIndex([1, 0, 1])]);
        Assert.Equal("a1", names[2][1]);
    }

    [Theory]
    [InlineData("""{"payoffs": [[[1,2],[3]], [[1,2],[3,4]]]}""", "ragged")]
    [InlineData("""{"payoffs": [[[1,2],[3,"x"]], [[1,2],[3,4]]]}""", "finite number")]
    [InlineData("""{"payoffs": [[1,2], [3,4]]}""", "rank 2")]
    [InlineData("""{"payoffs": [[[1,NaN],[3,4]], [[1,2],[3,4]]]}""", "not valid JSON")]
    [InlineData("""{"pay": 1}""", "'payoffs'")]
    public void BadPayoffFilesNameTheProblem(string json, string expected)
    {
        var e = Assert.Throws<GameRLException>(() => NormalFormFile.Parse(json, "test"));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileGameLoadsThroughTheCatalog()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gamerl-nf-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"payoffs": [[[2,0],[0,1]], [[1,0],[0,2]]], "action_names": [["O","F"],["O","F"]]}""");
        try
        {
            var g = GameCatalog.Load($"normal_form(file={path})");
            Assert.Equal(2, g.NumPlayers);
            var s = g.NewInitialState();
            Assert.Equal("F", s.ActionToString(0, 1));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
