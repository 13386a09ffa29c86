namespace GameRL.Games.Api;

/// <summary>Whether players move one at a time or all together.</summary>
public enum Dynamics
{
    /// <summary>One player (or chance) moves at each node.</summary>
    Sequential,

    /// <summary>All players choose their actions at once at some nodes.</summary>
    Simultaneous,
}
