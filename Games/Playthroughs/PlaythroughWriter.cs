using System.Globalization;
using System.Text;
using GameRL.Games.Api;

namespace GameRL.Games.Playthroughs;

/// <summary>
/// Prints one seeded random game, every state in full (strings, tensors, legal actions, returns), in the spirit of
/// OpenSpiel's golden playthrough files. A rule change then shows up as a readable diff of the golden file.
/// Chance samples by its probabilities; players pick uniformly among legal actions (each player separately at a
/// simultaneous node, whose joint action is applied with <see cref="IState.ApplyActions"/>).
/// </summary>
public static class PlaythroughWriter
{
    /// <summary>The playthrough text of <paramref name="game"/> with random seed <paramref name="seed"/>.</summary>
    public static string Write(IGame game, int seed)
    {
        ArgumentNullException.ThrowIfNull(game);
        var sb = new StringBuilder();
        sb.Append("game: ").Append(game.Spec).Append("\n\n");
        sb.Append("NumPlayers() = ").Append(game.NumPlayers).Append('\n');
        sb.Append("NumDistinctActions() = ").Append(game.NumDistinctActions).Append('\n');
        sb.Append("MaxChanceOutcomes() = ").Append(game.MaxChanceOutcomes).Append('\n');
        sb.Append("MinUtility() = ").Append(F(game.MinUtility)).Append('\n');
        sb.Append("MaxUtility() = ").Append(F(game.MaxUtility)).Append('\n');
        sb.Append("Utility() = ").Append(game.Utility).Append('\n');
        sb.Append("MaxGameLength() = ").Append(game.MaxGameLength).Append('\n');
        sb.Append("InformationStateTensorShape() = ").Append(Shape(game.InformationStateTensorShape)).Append('\n');
        sb.Append("ObservationTensorShape() = ").Append(Shape(game.ObservationTensorShape)).Append('\n');

        var rng = new Random(seed);
        var state = game.NewInitialState();
        for (int step = 0; ; step++)
        {
            sb.Append("\n# State ").Append(step).Append('\n');
            WriteState(sb, game, state);
            if (state.IsTerminal)
            {
                break;
            }

            if (state.CurrentPlayer == Player.Simultaneous)
            {
                int[] joint = Enumerable.Range(0, game.NumPlayers).Select(p => PickFor(state, p, rng)).ToArray();
                sb.Append("\n# Apply joint action [")
                    .AppendJoin(", ", joint.Select((a, p) => Quote(state.ActionToString(p, a)))).Append("]\n");
                sb.Append("actions: [").AppendJoin(", ", joint).Append("]\n");
                state.ApplyActions(joint);
                continue;
            }

            int action = Pick(state, rng);
            sb.Append("\n# Apply action \"").Append(state.ActionToString(state.CurrentPlayer, action)).Append("\"\n");
            sb.Append("action: ").Append(action).Append('\n');
            state.ApplyAction(action);
        }

        return sb.ToString();
    }

    private static int Pick(IState state, Random rng)
    {
        if (state.IsChanceNode)
        {
            double r = rng.NextDouble();
            var outcomes = state.ChanceOutcomes();
            foreach (var o in outcomes)
            {
                r -= o.Probability;
                if (r < 0)
                {
                    return o.Action;
                }
            }

            return outcomes[^1].Action;
        }

        int[] legal = state.LegalActions();
        return legal[rng.Next(legal.Length)];
    }

    private static int PickFor(IState state, int player, Random rng)
    {
        int[] legal = state.LegalActions(player);
        return legal[rng.Next(legal.Length)];
    }

    private static void WriteState(StringBuilder sb, IGame game, IState state)
    {
        foreach (string line in (state.ToString() ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append("# ").Append(line).Append('\n');
        }

        sb.Append("IsTerminal() = ").Append(state.IsTerminal).Append('\n');
        sb.Append("History() = [").AppendJoin(", ", state.History).Append("]\n");
        sb.Append("CurrentPlayer() = ").Append(state.CurrentPlayer).Append('\n');
        for (int p = 0; p < game.NumPlayers; p++)
        {
            TryAppend(sb, $"InformationStateString({p})", () => Quote(state.InformationStateString(p)));
            if (game.InformationStateTensorShape is { } shape)
            {
                var buffer = new float[shape.Aggregate(1, (a, b) => a * b)];
                TryAppend(sb, $"InformationStateTensor({p})", () =>
                {
                    state.InformationStateTensor(p, buffer);
                    return Tensor(buffer);
                });
            }
        }

        for (int p = 0; p < game.NumPlayers; p++)
        {
            TryAppend(sb, $"ObservationString({p})", () => Quote(state.ObservationString(p)));
            if (game.ObservationTensorShape is { } shape)
            {
                var buffer = new float[shape.Aggregate(1, (a, b) => a * b)];
                TryAppend(sb, $"ObservationTensor({p})", () =>
                {
                    state.ObservationTensor(p, buffer);
                    return Tensor(buffer);
                });
            }
        }

        if (state.IsChanceNode)
        {
            sb.Append("ChanceOutcomes() = [")
                .AppendJoin(", ", state.ChanceOutcomes().Select(o => $"({o.Action}, {F(o.Probability)})")).Append("]\n");
        }

        if (state.CurrentPlayer == Player.Simultaneous)
        {
            for (int p = 0; p < game.NumPlayers; p++)
            {
                int[] mine = state.LegalActions(p);
                sb.Append("LegalActions(").Append(p).Append(") = [").AppendJoin(", ", mine).Append("]\n");
                sb.Append("StringLegalActions(").Append(p).Append(") = [")
                    .AppendJoin(", ", mine.Select(a => Quote(state.ActionToString(p, a)))).Append("]\n");
            }
        }
        else if (!state.IsTerminal)
        {
            int[] legal = state.LegalActions();
            sb.Append("LegalActions() = [").AppendJoin(", ", legal).Append("]\n");
            sb.Append("StringLegalActions() = [")
                .AppendJoin(", ", legal.Select(a => Quote(state.ActionToString(state.CurrentPlayer, a)))).Append("]\n");
        }

        sb.Append("Rewards() = [").AppendJoin(", ", state.Rewards().Select(F)).Append("]\n");
        sb.Append("Returns() = [").AppendJoin(", ", state.Returns().Select(F)).Append("]\n");
    }

    private static void TryAppend(StringBuilder sb, string label, Func<string> value)
    {
        string text;
        try
        {
            text = value();
        }
        catch (NotSupportedException)
        {
            return;
        }

        sb.Append(label).Append(" = ").Append(text).Append('\n');
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static string Tensor(float[] values) =>
        "[" + string.Join(", ", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]";

    private static string Shape(IReadOnlyList<int>? shape) => shape is null ? "none" : "[" + string.Join(", ", shape) + "]";

    private static string F(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
