namespace GameRL.Games.Pommerman;

/// <summary>Board cell values, numbered as the playground's <c>constants.Item</c> (the code's numbering: Rigid 1, Wood 2).</summary>
public enum PommermanItem : byte
{
    /// <summary>An empty cell.</summary>
    Passage = 0,

    /// <summary>An indestructible wall.</summary>
    Rigid = 1,

    /// <summary>A wall that flames destroy; may hide an item.</summary>
    Wood = 2,

    /// <summary>A bomb (agents standing on it are drawn instead).</summary>
    Bomb = 3,

    /// <summary>Flames: kill agents, detonate bombs.</summary>
    Flames = 4,

    /// <summary>A cell outside a partially observing agent's view.</summary>
    Fog = 5,

    /// <summary>Power-up: one more bomb.</summary>
    ExtraBomb = 6,

    /// <summary>Power-up: blast strength + 1.</summary>
    IncrRange = 7,

    /// <summary>Power-up: the ability to kick bombs.</summary>
    Kick = 8,

    /// <summary>Placeholder id for "no agent" in teammate and enemy fields.</summary>
    AgentDummy = 9,

    /// <summary>Agent 0.</summary>
    Agent0 = 10,

    /// <summary>Agent 1.</summary>
    Agent1 = 11,

    /// <summary>Agent 2.</summary>
    Agent2 = 12,

    /// <summary>Agent 3.</summary>
    Agent3 = 13,
}
