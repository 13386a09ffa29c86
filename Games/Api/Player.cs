namespace GameRL.Games.Api;

/// <summary>Special player ids, numbered as in OpenSpiel so that logs and files compare directly.</summary>
public static class Player
{
    /// <summary>The chance player, who samples from <see cref="IState.ChanceOutcomes"/>.</summary>
    public const int Chance = -1;

    /// <summary>All players move at once (simultaneous-move node).</summary>
    public const int Simultaneous = -2;

    /// <summary>No player: an invalid id.</summary>
    public const int Invalid = -3;

    /// <summary>The game is over.</summary>
    public const int Terminal = -4;
}
