using System.Text.Json;
using GameRL.Games.Api;
using GameRL.Games.Tree;
using GameRL.Solvers.Common;

namespace GameRL.Solvers.Policies;

/// <summary>
/// Reads and writes <see cref="PolicyFile"/> JSON. Loading validates everything against the compiled game: the spec,
/// that every infoset is present exactly once, that actions are the legal ones, and that probabilities are finite,
/// non-negative and sum to 1 (within 1e-6; rows off by more than 1e-12 are renormalised, others kept bit for bit). Each failure names the infoset.
/// </summary>
public static class PolicyIo
{
    /// <summary>Sum tolerance for probabilities read from a file.</summary>
    public const double SumTolerance = 1e-6;

    /// <summary>The JSON text of a policy.</summary>
    public static string ToJson(TabularPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var t = policy.Tree;
        var infosets = new List<InfosetPolicy>(t.NumInfosets);
        for (int i = 0; i < t.NumInfosets; i++)
        {
            int first = t.InfosetFirstSlot[i];
            int k = t.InfosetNumActions[i];
            infosets.Add(new InfosetPolicy(t.InfosetKey[i], t.SlotAction.AsSpan(first, k).ToArray(), policy.ActionProbabilities(i).ToArray()));
        }

        return JsonSerializer.Serialize(new PolicyFile(1, t.Game.Spec, infosets), PolicyJsonContext.Default.PolicyFile);
    }

    /// <summary>Writes a policy file atomically.</summary>
    public static void Save(TabularPolicy policy, string path) => AtomicFile.WriteAllText(path, ToJson(policy));

    /// <summary>Loads and validates a policy file for <paramref name="tree"/>.</summary>
    public static TabularPolicy Load(GameTree tree, string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new GameRLException($"cannot read policy file '{path}': {e.Message}", e);
        }

        return Parse(tree, text, path);
    }

    /// <summary>Parses and validates policy JSON; <paramref name="source"/> names it in errors.</summary>
    public static TabularPolicy Parse(GameTree tree, string json, string source)
    {
        ArgumentNullException.ThrowIfNull(tree);
        PolicyFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, PolicyJsonContext.Default.PolicyFile);
        }
        catch (JsonException e)
        {
            throw new GameRLException($"policy file '{source}' is not valid policy JSON: {e.Message}", e);
        }

        if (file is null || file.Infosets is null || file.Game is null)
        {
            throw new GameRLException($"policy file '{source}' must have 'game' and 'infosets'");
        }

        if (file.FormatVersion != 1)
        {
            throw new GameRLException($"policy file '{source}' has format_version {file.FormatVersion}; only 1 is supported");
        }

        string spec = GameCatalog.Load(file.Game).Spec;
        if (spec != tree.Game.Spec)
        {
            throw new GameRLException($"policy file '{source}' is for {spec}, not {tree.Game.Spec}");
        }

        var p = new double[tree.NumSlots];
        var seen = new bool[tree.NumInfosets];
        foreach (var entry in file.Infosets)
        {
            ReadInfoset(tree, entry, p, seen, source);
        }

        int missing = Array.IndexOf(seen, false);
        if (missing >= 0)
        {
            throw new GameRLException($"policy file '{source}' has no entry for infoset '{tree.InfosetKey[missing]}' ({seen.Count(s => !s)} missing)");
        }

        return new TabularPolicy(tree, p);
    }

    private static void ReadInfoset(GameTree tree, InfosetPolicy entry, double[] p, bool[] seen, string source)
    {
        string key = entry.Infoset ?? throw new GameRLException($"policy file '{source}': an entry has no 'infoset'");
        int i = tree.FindInfoset(key);
        if (i < 0)
        {
            throw new GameRLException($"policy file '{source}': unknown infoset '{key}'");
        }

        if (seen[i])
        {
            throw new GameRLException($"policy file '{source}': infoset '{key}' appears twice");
        }

        seen[i] = true;
        int first = tree.InfosetFirstSlot[i];
        int k = tree.InfosetNumActions[i];
        if (entry.Actions is null || entry.Probabilities is null || entry.Actions.Length != entry.Probabilities.Length)
        {
            throw new GameRLException($"policy file '{source}': infoset '{key}' needs 'actions' and 'probabilities' of equal length");
        }

        var legal = tree.SlotAction.AsSpan(first, k);
        if (entry.Actions.Distinct().Count() != entry.Actions.Length)
        {
            throw new GameRLException($"policy file '{source}': infoset '{key}' lists an action twice");
        }

        double sum = 0;
        for (int j = 0; j < entry.Actions.Length; j++)
        {
            int a = entry.Actions[j];
            double prob = entry.Probabilities[j];
            int at = legal.IndexOf(a);
            if (at < 0)
            {
                throw new GameRLException($"policy file '{source}': action {a} is not legal at infoset '{key}' (legal: {string.Join(", ", legal.ToArray())})");
            }

            if (!double.IsFinite(prob) || prob < 0)
            {
                throw new GameRLException($"policy file '{source}': infoset '{key}' has invalid probability {prob} for action {a}");
            }

            p[first + at] += prob;
            sum += prob;
        }

        if (Math.Abs(sum - 1) > SumTolerance)
        {
            throw new GameRLException($"policy file '{source}': probabilities at infoset '{key}' sum to {sum}, not 1");
        }

        if (Math.Abs(sum - 1) > 1e-12)
        {
            for (int s = first; s < first + k; s++)
            {
                p[s] /= sum;
            }
        }
    }
}
