namespace GameRL.Games.HanabiLite;

/// <summary>The kinds of player moves, in HLE's move-id order.</summary>
public enum HanabiMoveType
{
    /// <summary>Discard the card at an index (gains an information token).</summary>
    Discard,

    /// <summary>Play the card at an index onto its firework.</summary>
    Play,

    /// <summary>Tell another player which of their cards have a colour.</summary>
    RevealColor,

    /// <summary>Tell another player which of their cards have a rank.</summary>
    RevealRank,
}
