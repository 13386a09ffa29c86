namespace GameRL.Games.HanabiLite;

/// <summary>
/// HLE's canonical observation encoding (<c>hanabi_lib/canonical_encoders.cc</c>), section by section: the others' cards
/// and which hands are short; the board (deck-size, information and life thermometers, one-hot firework heights); a
/// thermometer per card of the discards; the last player move; and, unless observations are minimal, the common card
/// knowledge of every hand. Hands are taken in observer-relative order.
/// </summary>
internal static class HanabiLiteEncoder
{
    /// <summary>Writes the canonical observation of <paramref name="observer"/> (HLE's CanonicalObservationEncoder).</summary>
    public static void Encode(HanabiLiteCore core, int e, int observer, Span<float> v)
    {
        var cfg = core.Config;
        v.Clear();
        int p = cfg.Players;
        int h = cfg.HandSize;
        int t = cfg.CardTypes;
        int ranks = cfg.Ranks;

        // Others' hands, then one bit per player whose hand is short (observer-relative order).
        for (int off = 1; off < p; off++)
        {
            int player = (observer + off) % p;
            int baseOffset = (off - 1) * h * t;
            int n = core.HandLength(e, player);
            for (int k = 0; k < n; k++)
            {
                v[baseOffset + (k * t) + core.CardAt(e, player, k)] = 1;
            }
        }

        int o = (p - 1) * h * t;
        for (int rel = 0; rel < p; rel++)
        {
            if (core.HandLength(e, (observer + rel) % p) < h)
            {
                v[o + rel] = 1;
            }
        }

        o += p;

        // Board. The deck thermometer has D − p·h bits; during the initial deal the deck is larger than that, and HLE would
        // write past its section, so the thermometer is clamped to its section (only chance nodes of the deal are affected).
        int deckBits = cfg.DeckSize - (p * h);
        v.Slice(o, Math.Min(core.DeckSize(e), deckBits)).Fill(1);
        o += deckBits;
        for (int c = 0; c < cfg.Colors; c++)
        {
            int f = core.Firework(e, c);
            if (f > 0)
            {
                v[o + f - 1] = 1;
            }

            o += ranks;
        }

        v.Slice(o, core.InformationTokens(e)).Fill(1);
        o += cfg.MaxInformationTokens;
        v.Slice(o, Math.Max(core.LifeTokens(e), 0)).Fill(1);
        o += cfg.MaxLifeTokens;

        // Discards: a thermometer per card over its copies.
        for (int card = 0; card < t; card++)
        {
            v.Slice(o, core.DiscardCount(e, card)).Fill(1);
            o += cfg.Copies(card);
        }

        EncodeLastMove(core, e, observer, v.Slice(o, cfg.LastActionSectionLength));
        o += cfg.LastActionSectionLength;
        if (cfg.ObservationType != HanabiObservationType.Minimal)
        {
            EncodeKnowledge(core, e, observer, v[o..]);
        }
    }

    private static void EncodeLastMove(HanabiLiteCore core, int e, int observer, Span<float> v)
    {
        var cfg = core.Config;
        int mover = core.LastMover(e);
        if (mover < 0)
        {
            return;
        }

        int p = cfg.Players;
        int rel = (mover - observer + p) % p;
        var m = cfg.Move(core.LastMove(e));
        v[rel] = 1;
        int o = p;
        v[o + m.Type switch
        {
            HanabiMoveType.Play => 0,
            HanabiMoveType.Discard => 1,
            HanabiMoveType.RevealColor => 2,
            _ => 3,
        }] = 1;
        o += 4;
        bool hint = m.Type is HanabiMoveType.RevealColor or HanabiMoveType.RevealRank;
        if (hint)
        {
            v[o + ((rel + m.TargetOffset) % p)] = 1;
        }

        o += p;
        if (m.Type == HanabiMoveType.RevealColor)
        {
            v[o + m.Color] = 1;
        }

        o += cfg.Colors;
        if (m.Type == HanabiMoveType.RevealRank)
        {
            v[o + m.Rank] = 1;
        }

        o += cfg.Ranks;
        if (hint)
        {
            for (int i = 0; i < cfg.HandSize; i++)
            {
                if ((core.LastRevealMask(e) & (1 << i)) != 0)
                {
                    v[o + i] = 1;
                }
            }
        }

        o += cfg.HandSize;
        if (!hint)
        {
            v[o + m.CardIndex] = 1;
        }

        o += cfg.HandSize;
        if (!hint)
        {
            v[o + core.LastCard(e)] = 1;
        }

        o += cfg.CardTypes;
        if (m.Type == HanabiMoveType.Play)
        {
            v[o] = core.LastOutcome(e) & 1;
            v[o + 1] = (core.LastOutcome(e) >> 1) & 1;
        }
    }

    private static void EncodeKnowledge(HanabiLiteCore core, int e, int observer, Span<float> v)
    {
        var cfg = core.Config;
        int ranks = cfg.Ranks;
        int colors = cfg.Colors;
        int perCard = cfg.CardTypes + colors + ranks;
        int o = 0;
        for (int rel = 0; rel < cfg.Players; rel++)
        {
            int player = (observer + rel) % cfg.Players;
            int n = core.HandLength(e, player);
            for (int k = 0; k < n; k++)
            {
                var knowledge = core.Knowledge(e, player, k);
                for (int c = 0; c < colors; c++)
                {
                    if (knowledge.ColorPlausible(c))
                    {
                        for (int r = 0; r < ranks; r++)
                        {
                            if (knowledge.RankPlausible(r))
                            {
                                v[o + (c * ranks) + r] = 1;
                            }
                        }
                    }
                }

                if (knowledge.HintedColor >= 0)
                {
                    v[o + cfg.CardTypes + knowledge.HintedColor] = 1;
                }

                if (knowledge.HintedRank >= 0)
                {
                    v[o + cfg.CardTypes + colors + knowledge.HintedRank] = 1;
                }

                o += perCard;
            }

            o += (cfg.HandSize - n) * perCard;
        }
    }
}
