using GameRL.Games.Api;

namespace GameRL.Games.Batched;

/// <summary>A game that can also run as a <see cref="IBatchedEnvironment"/> sharing its rules code.</summary>
public interface IBatchedGame : IGame
{
    /// <summary>Creates <paramref name="batchSize"/> environments of this game, reset with <paramref name="seed"/>.</summary>
    IBatchedEnvironment CreateBatched(int batchSize, long seed);
}
