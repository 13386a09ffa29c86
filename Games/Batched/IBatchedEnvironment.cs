using GameRL.Games.Api;

namespace GameRL.Games.Batched;

/// <summary>
/// B copies of one game stepped together, for learners: one call to <see cref="Step"/> takes an action for every actor of
/// every environment and refills flat, caller-readable buffers (observations, rewards, done flags, legal-action masks).
/// </summary>
/// <remarks>
/// <para><b>Layout.</b> Environment <c>e</c>, actor slot <c>k</c> (0 ≤ k &lt; <see cref="ActorsPerEnvironment"/>):
/// observation floats at <c>((e·K)+k)·ObservationSize</c>, mask bytes at <c>((e·K)+k)·NumActions</c>, the acting player id at
/// <c>e·K+k</c> of <see cref="Actors"/>; rewards and returns of player <c>p</c> at <c>e·NumPlayers+p</c>.
/// Turn-based games have one actor slot (the player to move); simultaneous-move games have one per player.</para>
/// <para><b>Automatic reset.</b> When a step ends an episode, <see cref="Dones"/>[e] is true, <see cref="Rewards"/> holds that
/// last transition's rewards, <see cref="EpisodeReturns"/> the finished episode's totals, and the environment has already
/// been reset: its observation and mask are those of the next episode's first decision.</para>
/// <para><b>Seeds.</b> Each environment draws from its own random stream, so its trajectory depends only on its seed and the
/// actions it is given, never on the batch size or on the other environments.</para>
/// <para><b>Illegal actions.</b> <see cref="Step"/> checks every action against the mask before changing anything. An illegal
/// or out-of-range action throws <see cref="ArgumentException"/> naming the environment, the actor, the action and the legal
/// ones, and leaves every environment exactly as it was (no partial step, no silent substitution).</para>
/// <para><b>Memory.</b> All buffers are allocated once; <see cref="Step"/> allocates nothing. The spans stay valid for the
/// environment's lifetime and are overwritten by each step.</para>
/// </remarks>
public interface IBatchedEnvironment
{
    /// <summary>The game every environment plays.</summary>
    IGame Game { get; }

    /// <summary>Number of environments B.</summary>
    int BatchSize { get; }

    /// <summary>Players per environment.</summary>
    int NumPlayers { get; }

    /// <summary>Actor slots per environment K: 1 for turn-based games, <see cref="NumPlayers"/> for simultaneous ones.</summary>
    int ActorsPerEnvironment { get; }

    /// <summary>Actions per actor (the game's <see cref="IGame.NumDistinctActions"/>).</summary>
    int NumActions { get; }

    /// <summary>Shape of one actor's observation, e.g. [171] or [19, 8, 8].</summary>
    IReadOnlyList<int> ObservationShape { get; }

    /// <summary>Floats in one actor's observation (the product of <see cref="ObservationShape"/>).</summary>
    int ObservationSize { get; }

    /// <summary>[B·K·ObservationSize] observations of each actor, written after every step and reset.</summary>
    ReadOnlySpan<float> Observations { get; }

    /// <summary>[B·K·NumActions] legal-action masks: 1 where the action is legal for that actor, else 0.</summary>
    ReadOnlySpan<byte> LegalActionMask { get; }

    /// <summary>[B·K] the player id acting in each slot.</summary>
    ReadOnlySpan<int> Actors { get; }

    /// <summary>[B·NumPlayers] each player's reward for the last step.</summary>
    ReadOnlySpan<float> Rewards { get; }

    /// <summary>[B] true where the last step ended an episode (that environment has been reset since).</summary>
    ReadOnlySpan<bool> Dones { get; }

    /// <summary>[B·NumPlayers] each player's return in the episode that ended at the last step (valid where <see cref="Dones"/>).</summary>
    ReadOnlySpan<float> EpisodeReturns { get; }

    /// <summary>[B] the seed of each environment's current episode: the rules API rebuilds the same start from it.</summary>
    ReadOnlySpan<long> EpisodeSeeds { get; }

    /// <summary>Restarts every environment; environment e's stream is derived from (<paramref name="seed"/>, e).</summary>
    void Reset(long seed);

    /// <summary>Restarts every environment with its own seed (<paramref name="seeds"/> has length B).</summary>
    void Reset(ReadOnlySpan<long> seeds);

    /// <summary>Applies one action per actor slot ([B·K]), advances chance, resets finished episodes and refills the buffers.</summary>
    void Step(ReadOnlySpan<int> actions);
}
