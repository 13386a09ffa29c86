using GameRL.Games.Api;

namespace GameRL.Games.Leduc;

/// <summary>
/// Counts a Leduc variant's tree without enumerating it. The betting never depends on the card values, so one
/// concrete deal is walked through both betting rounds and the counts are multiplied by the number of deals:
/// K = D·(D−1)···(D−n+1) private deals and D − n public cards. An infoset is (private card, public card, betting
/// sequence), so player p has D·b₁(p) + D·(D−1)·b₂(p) infosets, with b₁, b₂ the betting positions where p acts in
/// rounds 1 and 2. Not used under suit isomorphism, whose chance outcomes depend on the cards.
/// </summary>
internal static class LeducSizes
{
    public static GameSizes? Count(LeducPokerGame game)
    {
        if (game.SuitIsomorphism)
        {
            return null;
        }

        int n = game.NumPlayers;
        long d = game.DeckSize;
        long dealChance = 0;
        long partial = 1;
        for (int j = 0; j < n; j++)
        {
            dealChance += partial;
            partial *= d - j;
        }

        long deals = partial;
        var state = game.NewInitialState();
        for (int p = 0; p < n; p++)
        {
            state.ApplyAction(p);
        }

        var counts = new Counts(n);
        Walk(state, round: 1, depth: n, counts);
        long publics = d - n;
        var infosets = new long[n];
        for (int p = 0; p < n; p++)
        {
            infosets[p] = (d * counts.Round1Positions[p]) + (d * (d - 1) * counts.Round2Positions[p]);
        }

        return new GameSizes(
            dealChance + (deals * counts.Continuations),
            (deals * counts.Round1Decisions) + (deals * publics * counts.Round2Decisions),
            (deals * counts.Round1Terminals) + (deals * publics * counts.Round2Terminals),
            infosets,
            counts.Depth);
    }

    private static void Walk(IState state, int round, int depth, Counts c)
    {
        c.Depth = Math.Max(c.Depth, depth);
        if (state.IsTerminal)
        {
            if (round == 1)
            {
                c.Round1Terminals++;
            }
            else
            {
                c.Round2Terminals++;
            }

            return;
        }

        if (state.IsChanceNode)
        {
            c.Continuations++;
            var next = state.Clone();
            next.ApplyAction(state.LegalActions()[0]);
            Walk(next, 2, depth + 1, c);
            return;
        }

        int player = state.CurrentPlayer;
        if (round == 1)
        {
            c.Round1Decisions++;
            c.Round1Positions[player]++;
        }
        else
        {
            c.Round2Decisions++;
            c.Round2Positions[player]++;
        }

        foreach (int a in state.LegalActions())
        {
            var child = state.Clone();
            child.ApplyAction(a);
            Walk(child, round, depth + 1, c);
        }
    }

    private sealed class Counts(int players)
    {
        public long Round1Decisions { get; set; }

        public long Round1Terminals { get; set; }

        public long Continuations { get; set; }

        public long Round2Decisions { get; set; }

        public long Round2Terminals { get; set; }

        public long[] Round1Positions { get; } = new long[players];

        public long[] Round2Positions { get; } = new long[players];

        public int Depth { get; set; }
    }
}
