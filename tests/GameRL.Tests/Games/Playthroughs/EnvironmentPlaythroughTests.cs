using GameRL.Games.Api;
using GameRL.Games.Playthroughs;

namespace GameRL.Tests.Games.Playthroughs;

/// <summary>
/// Golden playthroughs of the learning environments: <c>&lt;spec&gt;.txt</c> beside this file must equal
/// <see cref="PlaythroughWriter.Write"/> with seed 0. Set <c>GAMERL_UPDATE_GOLDENS=1</c> to rewrite them, then review the diff.
/// </summary>
public class EnvironmentPlaythroughTests
{
    public static readonly TheoryData<string> Specs =
    [
        "hanabi_lite()",
        "hanabi_lite(observation_type=minimal,preset=very_small)",
        "hanabi_lite(observation_type=seer,players=3)",
        "pommerman_lite()",
        "pommerman_lite(mode=team,partially_observable=true)",
    ];

    [Theory]
    [MemberData(nameof(Specs))]
    public void PlaythroughMatchesGolden(string spec)
    {
        var game = GameCatalog.Load(spec);
        Assert.Equal(spec, game.Spec);
        string actual = PlaythroughWriter.Write(game, 0);
        string path = Path.Combine(GoldenFolder(), $"{spec}.txt");
        if (Environment.GetEnvironmentVariable("GAMERL_UPDATE_GOLDENS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"missing golden {path}; run with GAMERL_UPDATE_GOLDENS=1");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string GoldenFolder([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetDirectoryName(source) ?? ".";
}
