using GameRL.Games.Api;

namespace GameRL.Agents;

/// <summary>Always takes the lowest legal action: in Pommerman that is Stop, so it stands still.</summary>
public sealed class StaticAgent : IAgent
{
    /// <inheritdoc/>
    public string Name => "static";

    /// <inheritdoc/>
    public void Reset(int player, long seed)
    {
    }

    /// <inheritdoc/>
    public int Act(IState state, int player)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.LegalActions(player)[0];
    }
}
