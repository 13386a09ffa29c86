using GameRL.Games.Api;

namespace GameRL.Agents;

/// <summary>Picks uniformly among the legal actions (the playground's RandomAgent samples its whole action space, all legal).</summary>
public sealed class RandomAgent : IAgent
{
    private Random _rng = new(0);

    /// <inheritdoc/>
    public string Name => "random";

    /// <inheritdoc/>
    public void Reset(int player, long seed) => _rng = new Random(unchecked((int)(seed ^ (seed >> 32))));

    /// <inheritdoc/>
    public int Act(IState state, int player)
    {
        ArgumentNullException.ThrowIfNull(state);
        int[] legal = state.LegalActions(player);
        return legal[_rng.Next(legal.Length)];
    }
}
