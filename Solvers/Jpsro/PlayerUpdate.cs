namespace GameRL.Solvers.Jpsro;

/// <summary>Which players get best responses in an iteration (OpenSpiel's <c>UPDATE_PLAYERS_STRATEGY</c>).</summary>
public enum PlayerUpdate
{
    /// <summary><c>all</c>: every player.</summary>
    All,

    /// <summary><c>cycle</c>: player <c>iteration mod N</c>.</summary>
    Cycle,

    /// <summary><c>random</c>: one uniformly random player (drawn separately for the train and eval responses, as OpenSpiel does).</summary>
    Random,
}
