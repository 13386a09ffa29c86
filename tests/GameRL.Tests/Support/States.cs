using GameRL.Games.Api;

namespace GameRL.Tests.Support;

/// <summary>States reached by scripted action sequences.</summary>
internal static class States
{
    /// <summary>The state of <paramref name="spec"/> after applying <paramref name="actions"/> from the root.</summary>
    public static IState Play(string spec, params int[] actions)
    {
        var state = GameCatalog.Load(spec).NewInitialState();
        foreach (int a in actions)
        {
            state.ApplyAction(a);
        }

        return state;
    }
}
