using GameRL.Games.Api;
using GameRL.Solvers.Policies;
using GameRL.Tests.Support;

namespace GameRL.Tests.Solvers;

/// <summary>Policy JSON: bit-exact round trips and validation that names the offending infoset.</summary>
public class PolicyIoTests
{
    [Fact]
    public void RoundTripIsBitExact()
    {
        var policy = TabularPolicy.Random(Trees.Leduc, 5);
        var back = PolicyIo.Parse(Trees.Leduc, PolicyIo.ToJson(policy), "roundtrip");
        Assert.True(policy.Probabilities.SequenceEqual(back.Probabilities));
    }

    [Fact]
    public void SaveWritesAtomicallyAndLeavesNoTemporaryFiles()
    {
        string dir = Directory.CreateTempSubdirectory("gamerl-policy").FullName;
        try
        {
            string path = Path.Combine(dir, "p.json");
            PolicyIo.Save(TabularPolicy.Uniform(Trees.Kuhn), path);
            Assert.Equal(["p.json"], Directory.GetFiles(dir).Select(Path.GetFileName));
            Assert.Equal(0.5, PolicyIo.Load(Trees.Kuhn, path).Probability("0", 1));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData("\"probabilities\": [0.5, 0.5]", "\"probabilities\": [0.5, -0.5]", "invalid probability -0.5")]
    [InlineData("\"probabilities\": [0.5, 0.5]", "\"probabilities\": [0.5, 0.6]", "sum to 1.1")]
    [InlineData("\"actions\": [0, 1]", "\"actions\": [0, 7]", "action 7 is not legal")]
    [InlineData("\"infoset\": \"0\"", "\"infoset\": \"9z\"", "unknown infoset '9z'")]
    [InlineData("\"game\": \"kuhn_poker()\"", "\"game\": \"leduc_poker()\"", "is for leduc_poker()")]
    [InlineData("\"format_version\": 1", "\"format_version\": 2", "format_version 2")]
    [InlineData("\"probabilities\": [0.5, 0.5]", "\"probabilities\": [NaN, 0.5]", "not valid policy JSON")]
    public void InvalidFilesAreRejectedWithTheReason(string from, string to, string expected)
    {
        string json = PolicyIo.ToJson(TabularPolicy.Uniform(Trees.Kuhn)).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        string bad = ReplaceFirst(json, from.Replace(" ", string.Empty, StringComparison.Ordinal), to.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.NotEqual(json, bad);
        var e = Assert.Throws<GameRLException>(() => PolicyIo.Parse(Trees.Kuhn, bad, "bad"));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingInfosetIsNamed()
    {
        var file = PolicyIo.ToJson(TabularPolicy.Uniform(Trees.Kuhn));
        int start = file.IndexOf("{\n      \"infoset\": \"2b\"", StringComparison.Ordinal);
        Assert.True(start > 0);
        string json = """{"format_version": 1, "game": "kuhn_poker", "infosets": [{"infoset": "0", "actions": [0, 1], "probabilities": [1, 0]}]}""";
        var e = Assert.Throws<GameRLException>(() => PolicyIo.Parse(Trees.Kuhn, json, "partial"));
        Assert.Contains("11 missing", e.Message, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string s, string from, string to)
    {
        int i = s.IndexOf(from, StringComparison.Ordinal);
        return i < 0 ? s : string.Concat(s.AsSpan(0, i), to, s.AsSpan(i + from.Length));
    }
}
