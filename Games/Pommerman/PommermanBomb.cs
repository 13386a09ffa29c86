namespace GameRL.Games.Pommerman;

/// <summary>A bomb on the board.</summary>
/// <param name="Row">Row of its cell.</param>
/// <param name="Column">Column of its cell.</param>
/// <param name="Owner">The agent that laid it (gets the ammo back when it explodes).</param>
/// <param name="Life">Steps until it explodes: 10 when laid, −1 per step, explodes at 0.</param>
/// <param name="BlastStrength">Its owner's blast strength when laid; the blast reaches strength − 1 cells.</param>
/// <param name="Direction">Its moving direction after a kick, or Stop.</param>
public readonly record struct PommermanBomb(int Row, int Column, int Owner, int Life, int BlastStrength, PommermanAction Direction);
