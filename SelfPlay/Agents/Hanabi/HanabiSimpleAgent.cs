using GameRL.Games.Api;
using GameRL.Games.HanabiLite;

namespace GameRL.Agents.Hanabi;

/// <summary>
/// The Hanabi Learning Environment's own <c>SimpleAgent</c> (agents/simple_agent.py), rule for rule, as a cross-check
/// of the engine against the figures reported for it:
/// <list type="number">
/// <item>play the first own card whose colour has been hinted, if more than one life token is left;</item>
/// <item>else, with an information token, reveal the colour of the first playable card (in seat order, then hand
/// order) whose colour the holder does not know;</item>
/// <item>else, below the token limit, discard the first own card with no hint at all;</item>
/// <item>else (at the token limit) reveal the rank of the next player's first card whose rank is not known.</item>
/// </list>
/// HLE's agent returns nothing when none of these applies (all own cards hinted, or nothing left to reveal); this one
/// then plays the last legal move in id order.
/// </summary>
public sealed class HanabiSimpleAgent : IAgent
{
    /// <inheritdoc/>
    public string Name => "simple";

    /// <inheritdoc/>
    public void Reset(int player, long seed)
    {
    }

    /// <inheritdoc/>
    public int Act(IState state, int player)
    {
        var s = state as HanabiLiteState ?? throw new ArgumentException("the simple agent plays hanabi_lite only", nameof(state));
        var c = s.Config;
        for (int i = 0; i < s.HandLength(player); i++)
        {
            if (s.Knowledge(player, i).HintedColor >= 0 && s.LifeTokens > 1)
            {
                return c.MoveId(new HanabiMove(HanabiMoveType.Play, i, -1, -1, -1));
            }
        }

        if (s.InformationTokens > 0)
        {
            for (int offset = 1; offset < c.Players; offset++)
            {
                int target = (player + offset) % c.Players;
                for (int i = 0; i < s.HandLength(target); i++)
                {
                    var card = s.Card(target, i);
                    if (s.Firework(card.Color) == card.Rank && s.Knowledge(target, i).HintedColor < 0)
                    {
                        return c.MoveId(new HanabiMove(HanabiMoveType.RevealColor, -1, offset, card.Color, -1));
                    }
                }
            }
        }

        if (s.InformationTokens < c.MaxInformationTokens)
        {
            for (int i = 0; i < s.HandLength(player); i++)
            {
                var k = s.Knowledge(player, i);
                if (k.HintedColor < 0 && k.HintedRank < 0)
                {
                    return c.MoveId(new HanabiMove(HanabiMoveType.Discard, i, -1, -1, -1));
                }
            }
        }
        else
        {
            int next = (player + 1) % c.Players;
            for (int i = 0; i < s.HandLength(next); i++)
            {
                if (s.Knowledge(next, i).HintedRank < 0)
                {
                    return c.MoveId(new HanabiMove(HanabiMoveType.RevealRank, -1, 1, -1, s.Card(next, i).Rank));
                }
            }
        }

        return s.LegalActions()[^1];
    }
}
