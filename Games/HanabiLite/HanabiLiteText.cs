using System.Globalization;
using System.Text;

namespace GameRL.Games.HanabiLite;

/// <summary>HLE's text forms of a state and of an observation (<c>HanabiState::ToString</c>, <c>HanabiObservation::ToString</c>).</summary>
internal static class HanabiLiteText
{
    /// <summary>The whole state: every card shown, hands in seat order.</summary>
    public static string State(HanabiLiteCore core, int e) => Write(core, e, observer: -1);

    /// <summary>What <paramref name="observer"/> sees: hands in observer-relative order, own cards hidden unless Seer.</summary>
    public static string Observation(HanabiLiteCore core, int e, int observer) => Write(core, e, observer);

    private static string Write(HanabiLiteCore core, int e, int observer)
    {
        var c = core.Config;
        var sb = new StringBuilder();
        sb.Append("Life tokens: ").Append(core.LifeTokens(e).ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("Info tokens: ").Append(core.InformationTokens(e).ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("Fireworks: ");
        for (int color = 0; color < c.Colors; color++)
        {
            sb.Append(HanabiCard.ColorChar(color)).Append(core.Firework(e, color).ToString(CultureInfo.InvariantCulture)).Append(' ');
        }

        sb.Append("\nHands:\n");
        int cur = core.Current(e);
        bool relative = observer >= 0;
        int curIndex = !relative ? cur : cur >= 0 ? (cur - observer + c.Players) % c.Players : cur;
        for (int i = 0; i < c.Players; i++)
        {
            if (i > 0)
            {
                sb.Append("-----\n");
            }

            if (i == curIndex)
            {
                sb.Append("Cur player\n");
            }

            int player = relative ? (observer + i) % c.Players : i;
            bool hideCards = relative && i == 0 && c.ObservationType != HanabiObservationType.Seer;
            bool hideKnowledge = relative && c.ObservationType == HanabiObservationType.Minimal;
            for (int k = 0; k < core.HandLength(e, player); k++)
            {
                sb.Append(hideCards ? "XX" : c.Card(core.CardAt(e, player, k)).ToString()).Append(" || ");
                var knowledge = hideKnowledge
                    ? new HanabiCardKnowledge((1 << c.Colors) - 1, (1 << c.Ranks) - 1, -1, -1)
                    : core.Knowledge(e, player, k);
                AppendKnowledge(sb, c, knowledge);
                sb.Append('\n');
            }
        }

        sb.Append("Deck size: ").Append(core.DeckSize(e).ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("Discards:");
        foreach (byte card in core.DiscardPile(e))
        {
            sb.Append(' ').Append(c.Card(card).ToString());
        }

        return sb.ToString();
    }

    private static void AppendKnowledge(StringBuilder sb, HanabiLiteConfig c, HanabiCardKnowledge k)
    {
        sb.Append(k.HintedColor >= 0 ? HanabiCard.ColorChar(k.HintedColor) : 'X');
        sb.Append(k.HintedRank >= 0 ? HanabiCard.RankChar(k.HintedRank) : 'X');
        sb.Append('|');
        for (int color = 0; color < c.Colors; color++)
        {
            if (k.ColorPlausible(color))
            {
                sb.Append(HanabiCard.ColorChar(color));
            }
        }

        for (int rank = 0; rank < c.Ranks; rank++)
        {
            if (k.RankPlausible(rank))
            {
                sb.Append(HanabiCard.RankChar(rank));
            }
        }
    }
}
