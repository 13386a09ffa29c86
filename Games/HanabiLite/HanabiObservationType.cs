namespace GameRL.Games.HanabiLite;

/// <summary>What a Hanabi observation reveals (HLE's <c>AgentObservationType</c>, same numbering).</summary>
public enum HanabiObservationType
{
    /// <summary>What a human sees: hands of others, board, discards, last move; no memory of hints.</summary>
    Minimal = 0,

    /// <summary>Minimal plus the common knowledge of every card that hints produced (HLE's default).</summary>
    CardKnowledge = 1,

    /// <summary>Card knowledge where every card, the observer's own included, is fully revealed.</summary>
    Seer = 2,
}
