using System.Runtime.CompilerServices;
using GameRL.Games.Api;
using GameRL.Games.Playthroughs;

namespace GameRL.Tests.Games;

/// <summary>
/// Golden playthroughs pin every game's rules: a seeded random game printed in full must equal the file in
/// <c>Playthroughs/</c>. After a deliberate rule change, regenerate with <c>GAMERL_UPDATE_GOLDENS=1</c> and review the diff.
/// </summary>
public class PlaythroughTests
{
    public static TheoryData<string, int> Goldens => new()
    {
        { "kuhn_poker", 1 },
        { "kuhn_poker(players=3)", 2 },
        { "leduc_poker", 1 },
        { "leduc_poker", 7 },
        { "leduc_poker(players=3)", 3 },
        { "leduc_poker(suit_isomorphism=true)", 4 },
        { "tiny_hanabi", 1 },
        { "rock_paper_scissors", 1 },
        { "matching_pennies_3p", 1 },
        { "random_tree(seed=3)", 1 },
    };

    [Theory]
    [MemberData(nameof(Goldens))]
    public void PlaythroughMatchesGoldenFile(string spec, int seed)
    {
        string actual = PlaythroughWriter.Write(GameCatalog.Load(spec), seed);
        string path = Path.Combine(Folder(), $"{spec}.seed{seed}.txt");
        if (Environment.GetEnvironmentVariable("GAMERL_UPDATE_GOLDENS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"missing golden file {path}; run with GAMERL_UPDATE_GOLDENS=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Fact]
    public void SameSeedGivesTheSamePlaythrough()
    {
        var game = GameCatalog.Load("leduc_poker");
        Assert.Equal(PlaythroughWriter.Write(game, 11), PlaythroughWriter.Write(game, 11));
    }

    private static string Folder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Playthroughs");
}
