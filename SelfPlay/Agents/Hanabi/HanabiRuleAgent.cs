using GameRL.Games.Api;
using GameRL.Games.HanabiLite;

namespace GameRL.Agents.Hanabi;

/// <summary>
/// A rule-based Hanabi player in the spirit of HLE's simple agents, using only what its seat observes (its own cards'
/// common knowledge, the others' cards, the fireworks and tokens):
/// <list type="number">
/// <item>play a card that the hints prove playable (every colour and rank still plausible for it fits a firework);</item>
/// <item>else, with an information token, hint a playable card to the next player who does not know it yet: the hint
/// that makes it provably playable if one does, else its rank, else its colour;</item>
/// <item>else discard the oldest card that no hint has touched (the oldest card if all were hinted);</item>
/// <item>at the token limit, where discarding is illegal, give the last legal move in id order, a hint (harmless: this agent only plays
/// provably playable cards, so it never misplays).</item>
/// </list>
/// </summary>
public sealed class HanabiRuleAgent : IAgent
{
    /// <inheritdoc/>
    public string Name => "rule";

    /// <inheritdoc/>
    public void Reset(int player, long seed)
    {
    }

    /// <inheritdoc/>
    public int Act(IState state, int player)
    {
        var s = state as HanabiLiteState ?? throw new ArgumentException("the rule agent plays hanabi_lite only", nameof(state));
        var c = s.Config;
        for (int i = 0; i < s.HandLength(player); i++)
        {
            if (KnownPlayable(s, s.Knowledge(player, i)))
            {
                return c.MoveId(new HanabiMove(HanabiMoveType.Play, i, -1, -1, -1));
            }
        }

        if (s.InformationTokens > 0 && TryHint(s, player, out int hint))
        {
            return hint;
        }

        if (s.InformationTokens < c.MaxInformationTokens)
        {
            int oldest = 0;
            for (int i = s.HandLength(player) - 1; i >= 0; i--)
            {
                var k = s.Knowledge(player, i);
                if (k.HintedColor < 0 && k.HintedRank < 0)
                {
                    oldest = i;
                }
            }

            return c.MoveId(new HanabiMove(HanabiMoveType.Discard, oldest, -1, -1, -1));
        }

        return s.LegalActions()[^1];
    }

    private static bool KnownPlayable(HanabiLiteState s, HanabiCardKnowledge k)
    {
        var c = s.Config;
        for (int color = 0; color < c.Colors; color++)
        {
            if (!k.ColorPlausible(color))
            {
                continue;
            }

            for (int rank = 0; rank < c.Ranks; rank++)
            {
                if (k.RankPlausible(rank) && s.Firework(color) != rank)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool TryHint(HanabiLiteState s, int player, out int move)
    {
        var c = s.Config;
        for (int offset = 1; offset < c.Players; offset++)
        {
            int target = (player + offset) % c.Players;
            for (int i = 0; i < s.HandLength(target); i++)
            {
                var card = s.Card(target, i);
                var k = s.Knowledge(target, i);
                if (s.Firework(card.Color) != card.Rank || KnownPlayable(s, k))
                {
                    continue;
                }

                var byRank = k with { RankMask = 1 << card.Rank, HintedRank = card.Rank };
                var byColor = k with { ColorMask = 1 << card.Color, HintedColor = card.Color };
                bool rankFirst = KnownPlayable(s, byRank) || (!KnownPlayable(s, byColor) && k.HintedRank < 0);
                move = rankFirst
                    ? c.MoveId(new HanabiMove(HanabiMoveType.RevealRank, -1, offset, -1, card.Rank))
                    : c.MoveId(new HanabiMove(HanabiMoveType.RevealColor, -1, offset, card.Color, -1));
                return true;
            }
        }

        move = -1;
        return false;
    }
}
