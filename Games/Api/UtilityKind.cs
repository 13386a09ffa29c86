namespace GameRL.Games.Api;

/// <summary>How the players' returns relate to each other; decides whether exploitability is defined.</summary>
public enum UtilityKind
{
    /// <summary>Returns always sum to zero.</summary>
    ZeroSum,

    /// <summary>Returns always sum to the same constant.</summary>
    ConstantSum,

    /// <summary>Every player gets the same return (fully cooperative).</summary>
    Identical,

    /// <summary>No relation between the players' returns.</summary>
    GeneralSum,
}
