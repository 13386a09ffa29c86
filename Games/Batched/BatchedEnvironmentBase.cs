using GameRL.Games.Api;

namespace GameRL.Games.Batched;

/// <summary>
/// The buffers and seeding every <see cref="IBatchedEnvironment"/> shares: flat observation, legal-mask, actor, reward,
/// done, return and episode-seed arrays allocated once, and one random stream per environment. A game supplies how to
/// start all environments from their streams (<see cref="ResetAll"/>) and how to step them (<see cref="Step"/>).
/// </summary>
public abstract class BatchedEnvironmentBase : IBatchedEnvironment
{
    /// <summary>[B·A·ObservationSize] observation tensors, actor slot by actor slot.</summary>
    protected readonly float[] _observations;

    /// <summary>[B·A·NumActions] legal-action masks.</summary>
    protected readonly byte[] _mask;

    /// <summary>[B·A] the player of each actor slot.</summary>
    protected readonly int[] _actors;

    /// <summary>[B·NumPlayers] rewards of the last step.</summary>
    protected readonly float[] _rewards;

    /// <summary>[B] whether an environment's game ended in the last step.</summary>
    protected readonly bool[] _dones;

    /// <summary>[B·NumPlayers] returns of the episode that ended last in each environment.</summary>
    protected readonly float[] _returns;

    /// <summary>[B] the seed of each environment's current game.</summary>
    protected readonly long[] _episodeSeeds;

    /// <summary>[B] each environment's random stream.</summary>
    protected readonly ulong[] _streams;

    /// <summary>Allocates every buffer once.</summary>
    protected BatchedEnvironmentBase(IGame game, int batchSize, int actorsPerEnvironment, int numActions, int observationSize)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        Game = game;
        BatchSize = batchSize;
        ActorsPerEnvironment = actorsPerEnvironment;
        NumActions = numActions;
        ObservationSize = observationSize;
        _observations = new float[batchSize * actorsPerEnvironment * observationSize];
        _mask = new byte[batchSize * actorsPerEnvironment * numActions];
        _actors = new int[batchSize * actorsPerEnvironment];
        _rewards = new float[batchSize * game.NumPlayers];
        _dones = new bool[batchSize];
        _returns = new float[batchSize * game.NumPlayers];
        _episodeSeeds = new long[batchSize];
        _streams = new ulong[batchSize];
    }

    /// <inheritdoc/>
    public IGame Game { get; }

    /// <inheritdoc/>
    public int BatchSize { get; }

    /// <inheritdoc/>
    public int NumPlayers => Game.NumPlayers;

    /// <inheritdoc/>
    public int ActorsPerEnvironment { get; }

    /// <inheritdoc/>
    public int NumActions { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> ObservationShape => Game.ObservationTensorShape ?? [ObservationSize];

    /// <inheritdoc/>
    public int ObservationSize { get; }

    /// <inheritdoc/>
    public ReadOnlySpan<float> Observations => _observations;

    /// <inheritdoc/>
    public ReadOnlySpan<byte> LegalActionMask => _mask;

    /// <inheritdoc/>
    public ReadOnlySpan<int> Actors => _actors;

    /// <inheritdoc/>
    public ReadOnlySpan<float> Rewards => _rewards;

    /// <inheritdoc/>
    public ReadOnlySpan<bool> Dones => _dones;

    /// <inheritdoc/>
    public ReadOnlySpan<float> EpisodeReturns => _returns;

    /// <inheritdoc/>
    public ReadOnlySpan<long> EpisodeSeeds => _episodeSeeds;

    /// <inheritdoc/>
    public void Reset(long seed)
    {
        for (int e = 0; e < BatchSize; e++)
        {
            _streams[e] = (ulong)SplitMix64.Derive(seed, e);
        }

        ResetAll();
    }

    /// <inheritdoc/>
    public void Reset(ReadOnlySpan<long> seeds)
    {
        if (seeds.Length != BatchSize)
        {
            throw new ArgumentException($"expected {BatchSize} seeds, got {seeds.Length}", nameof(seeds));
        }

        for (int e = 0; e < BatchSize; e++)
        {
            _streams[e] = (ulong)seeds[e];
        }

        ResetAll();
    }

    /// <inheritdoc/>
    public abstract void Step(ReadOnlySpan<int> actions);

    /// <summary>Starts a new game in every environment from its stream.</summary>
    protected abstract void ResetAll();
}
