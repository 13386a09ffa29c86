namespace GameRL.Games.Api;

/// <summary>
/// A game whose start is drawn at random outside the chance player (Pommerman's board generation): a seed picks the initial
/// state, so episode runners can play many different starts of one game and replay any of them.
/// </summary>
public interface ISeededGame : IGame
{
    /// <summary>The initial state drawn with <paramref name="seed"/>; <see cref="IGame.NewInitialState"/> uses the game's own seed.</summary>
    IState NewInitialState(long seed);
}
