namespace GameRL.Games.Api;

/// <summary>The type of a game parameter's value.</summary>
public enum ParameterKind
{
    /// <summary>A whole number.</summary>
    Int,

    /// <summary>A floating-point number.</summary>
    Double,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>Free text (a payoff list, a file path, a preset name).</summary>
    String,
}
