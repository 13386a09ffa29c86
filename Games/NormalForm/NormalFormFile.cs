using System.Text.Json;
using GameRL.Games.Api;

namespace GameRL.Games.NormalForm;

/// <summary>
/// Reads an n-player payoff tensor from JSON:
/// <c>{"payoffs": [P0, P1, ...], "action_names": [[...], ...]}</c>, where each Pp is a nested array indexed
/// [a0][a1]...[a(n−1)] holding player p's payoff. <c>action_names</c> is optional. Ragged arrays, non-numbers and
/// non-finite values are errors that name their position.
/// </summary>
public static class NormalFormFile
{
    /// <summary>Loads and validates a payoff file.</summary>
    public static (PayoffTensor Tensor, IReadOnlyList<IReadOnlyList<string>> ActionNames) Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new GameRLException($"cannot read payoff file '{path}': {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses and validates payoff JSON; <paramref name="source"/> names it in errors.</summary>
    public static (PayoffTensor Tensor, IReadOnlyList<IReadOnlyList<string>> ActionNames) Parse(string json, string source)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new GameRLException($"payoff file '{source}' is not valid JSON: {e.Message}", e);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("payoffs", out var payoffs) || payoffs.ValueKind != JsonValueKind.Array)
            {
                throw new GameRLException($"payoff file '{source}': expected an object with an array 'payoffs'");
            }

            int n = payoffs.GetArrayLength();
            if (n < 1)
            {
                throw new GameRLException($"payoff file '{source}': 'payoffs' is empty");
            }

            var shape = new List<int>();
            var probe = payoffs[0];
            while (probe.ValueKind == JsonValueKind.Array)
            {
                if (probe.GetArrayLength() == 0)
                {
                    throw new GameRLException($"payoff file '{source}': a player has no actions");
                }

                shape.Add(probe.GetArrayLength());
                probe = probe[0];
            }

            if (shape.Count != n)
            {
                throw new GameRLException($"payoff file '{source}': {n} players need payoff tensors of rank {n}, got rank {shape.Count}");
            }

            int numJoint = shape.Aggregate(1, (a, b) => checked(a * b));
            var values = new double[n * numJoint];
            for (int p = 0; p < n; p++)
            {
                int written = 0;
                Flatten(payoffs[p], shape, 0, values, p * numJoint, ref written, source, $"payoffs[{p}]");
            }

            var names = ReadNames(root, shape, source);
            return (new PayoffTensor(shape, values), names);
        }
    }

    private static void Flatten(JsonElement e, List<int> shape, int depth, double[] values, int offset, ref int written, string source, string where)
    {
        if (depth == shape.Count)
        {
            if (e.ValueKind != JsonValueKind.Number || !e.TryGetDouble(out double v) || !double.IsFinite(v))
            {
                throw new GameRLException($"payoff file '{source}': {where} must be a finite number, got {e.GetRawText()}");
            }

            values[offset + written++] = v;
            return;
        }

        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() != shape[depth])
        {
            throw new GameRLException($"payoff file '{source}': ragged payoff tensor at {where} (expected an array of {shape[depth]})");
        }

        int i = 0;
        foreach (var child in e.EnumerateArray())
        {
            Flatten(child, shape, depth + 1, values, offset, ref written, source, $"{where}[{i++}]");
        }
    }

    private static List<IReadOnlyList<string>> ReadNames(JsonElement root, List<int> shape, string source)
    {
        var names = new List<IReadOnlyList<string>>();
        bool given = root.TryGetProperty("action_names", out var arr);
        if (given && (arr.ValueKind != JsonValueKind.Array || arr.GetArrayLength() != shape.Count))
        {
            throw new GameRLException($"payoff file '{source}': 'action_names' must list names for each of the {shape.Count} players");
        }

        for (int p = 0; p < shape.Count; p++)
        {
            if (!given)
            {
                names.Add(Enumerable.Range(0, shape[p]).Select(a => $"a{a}").ToArray());
                continue;
            }

            var list = arr[p];
            if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() != shape[p] || list.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
            {
                throw new GameRLException($"payoff file '{source}': action_names[{p}] must be {shape[p]} strings");
            }

            names.Add(list.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray());
        }

        return names;
    }
}
