namespace GameRL.Games.HanabiLite;

/// <summary>A decoded player move.</summary>
/// <param name="Type">The kind of move.</param>
/// <param name="CardIndex">The hand index for plays and discards, else −1.</param>
/// <param name="TargetOffset">For hints, the target's seat relative to the mover (1 = next player), else −1.</param>
/// <param name="Color">The colour revealed, else −1.</param>
/// <param name="Rank">The rank revealed (0-based), else −1.</param>
public readonly record struct HanabiMove(HanabiMoveType Type, int CardIndex, int TargetOffset, int Color, int Rank)
{
    /// <summary>HLE's text, e.g. <c>(Play 0)</c> or <c>(Reveal player +1 color R)</c>.</summary>
    public override string ToString() => Type switch
    {
        HanabiMoveType.Discard => $"(Discard {CardIndex})",
        HanabiMoveType.Play => $"(Play {CardIndex})",
        HanabiMoveType.RevealColor => $"(Reveal player +{TargetOffset} color {HanabiCard.ColorChar(Color)})",
        _ => $"(Reveal player +{TargetOffset} rank {HanabiCard.RankChar(Rank)})",
    };
}
