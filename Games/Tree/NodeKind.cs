namespace GameRL.Games.Tree;

/// <summary>What happens at a node of a compiled tree.</summary>
public enum NodeKind : byte
{
    /// <summary>Chance samples an outcome.</summary>
    Chance,

    /// <summary>A player chooses an action.</summary>
    Decision,

    /// <summary>The game is over; utilities are known.</summary>
    Terminal,
}
