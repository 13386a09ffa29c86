namespace GameRL.Games.Pommerman;

/// <summary>An agent's action, numbered as the playground's <c>constants.Action</c> (its <c>Discrete(6)</c> space).</summary>
public enum PommermanAction
{
    /// <summary>Stay.</summary>
    Stop = 0,

    /// <summary>Move to row − 1.</summary>
    Up = 1,

    /// <summary>Move to row + 1.</summary>
    Down = 2,

    /// <summary>Move to column − 1.</summary>
    Left = 3,

    /// <summary>Move to column + 1.</summary>
    Right = 4,

    /// <summary>Lay a bomb on the agent's cell (needs ammo, and no bomb there).</summary>
    Bomb = 5,
}
