using GameRL.Games.Api;

namespace GameRL.Tests.Support;

/// <summary>
/// An independent reference evaluation straight over the rules API, in OpenSpiel's style (recursion over states,
/// infosets keyed by string): expected values, and best responses that pick, at each infoset, the action maximising
/// Σ_{h∈I} cf_reach(h)·value(h·a). Slow; for small games only. Shares no code with the compiled-tree evaluator.
/// </summary>
internal sealed class NaiveEvaluator
{
    private readonly IGame _game;
    private readonly Func<string, int, double> _policy;

    /// <param name="policy">Probability of an action at an information-state string.</param>
    public NaiveEvaluator(IGame game, Func<string, int, double> policy)
    {
        _game = game;
        _policy = policy;
    }

    public double[] Values() => Value(_game.NewInitialState());

    public double BestResponseValue(int player)
    {
        var byInfoset = new Dictionary<string, List<(IState State, double Reach)>>();
        Collect(_game.NewInitialState(), player, 1.0, byInfoset);
        var best = new Dictionary<string, int>();
        return BrValue(_game.NewInitialState(), player, byInfoset, best);
    }

    private double[] Value(IState s)
    {
        if (s.IsTerminal)
        {
            return s.Returns();
        }

        var total = new double[_game.NumPlayers];
        foreach (var (action, prob) in Moves(s))
        {
            var child = s.Clone();
            child.ApplyAction(action);
            var v = Value(child);
            for (int p = 0; p < total.Length; p++)
            {
                total[p] += prob * v[p];
            }
        }

        return total;
    }

    private IEnumerable<(int Action, double Probability)> Moves(IState s) => s.IsChanceNode
        ? s.ChanceOutcomes().Select(o => (o.Action, o.Probability))
        : s.LegalActions().Select(a => (a, _policy(s.InformationStateString(s.CurrentPlayer), a)));

    private void Collect(IState s, int player, double reach, Dictionary<string, List<(IState, double)>> byInfoset)
    {
        if (s.IsTerminal)
        {
            return;
        }

        if (s.CurrentPlayer == player)
        {
            string key = s.InformationStateString(player);
            if (!byInfoset.TryGetValue(key, out var list))
            {
                byInfoset[key] = list = [];
            }

            list.Add((s.Clone(), reach));
            foreach (int a in s.LegalActions())
            {
                var child = s.Clone();
                child.ApplyAction(a);
                Collect(child, player, reach, byInfoset);
            }

            return;
        }

        foreach (var (action, prob) in Moves(s))
        {
            var child = s.Clone();
            child.ApplyAction(action);
            Collect(child, player, reach * prob, byInfoset);
        }
    }

    private double BrValue(IState s, int player, Dictionary<string, List<(IState State, double Reach)>> byInfoset, Dictionary<string, int> best)
    {
        if (s.IsTerminal)
        {
            return s.Returns()[player];
        }

        if (s.CurrentPlayer == player)
        {
            string key = s.InformationStateString(player);
            if (!best.TryGetValue(key, out int action))
            {
                double bestValue = double.NegativeInfinity;
                foreach (int a in s.LegalActions())
                {
                    double q = 0;
                    foreach (var (h, reach) in byInfoset[key])
                    {
                        var child = h.Clone();
                        child.ApplyAction(a);
                        q += reach * BrValue(child, player, byInfoset, best);
                    }

                    if (q > bestValue)
                    {
                        bestValue = q;
                        action = a;
                    }
                }

                best[key] = action;
            }

            var next = s.Clone();
            next.ApplyAction(action);
            return BrValue(next, player, byInfoset, best);
        }

        double total = 0;
        foreach (var (a, prob) in Moves(s))
        {
            var child = s.Clone();
            child.ApplyAction(a);
            total += prob * BrValue(child, player, byInfoset, best);
        }

        return total;
    }
}
