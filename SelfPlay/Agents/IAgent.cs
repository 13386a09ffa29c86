using GameRL.Games.Api;

namespace GameRL.Agents;

/// <summary>A policy for one seat of a game, called at each of that seat's decisions.</summary>
public interface IAgent
{
    /// <summary>The agent's catalog name, e.g. <c>rule</c>.</summary>
    string Name { get; }

    /// <summary>Starts an episode in seat <paramref name="player"/>; <paramref name="seed"/> drives any random choices.</summary>
    void Reset(int player, long seed);

    /// <summary>Chooses a legal action of <paramref name="player"/> in <paramref name="state"/>.</summary>
    int Act(IState state, int player);
}
