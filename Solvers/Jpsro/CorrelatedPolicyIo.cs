using System.Text;
using System.Text.Json;
using GameRL.Solvers.Common;
using GameRL.Solvers.NormalForm;

namespace GameRL.Solvers.Jpsro;

/// <summary>
/// Writes a JPSRO outcome as JSON: the game, the options, every player's population (each policy keyed by
/// information-state string, as <see cref="Policies.PolicyIo"/> writes policies, with its repeat count) and both final
/// meta-distributions as lists of <c>{probability, policies}</c> over joint policy ids with positive mass. Together a
/// distribution and the populations are the correlated policy: a mediator draws a joint id and recommends each player
/// its policy.
/// </summary>
public static class CorrelatedPolicyIo
{
    /// <summary>The JSON text.</summary>
    public static string ToJson(JpsroResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = result.Tree;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("format_version", 1);
            w.WriteString("game", t.Game.Spec);
            w.WriteString("target", result.Options.Target == EquilibriumConcept.Correlated ? "ce" : "cce");
            w.WriteString("train_meta_solver", MetaSolverCatalog.NameOf(result.Options.TrainMetaSolver));
            w.WriteString("eval_meta_solver", MetaSolverCatalog.NameOf(result.Options.EvalMetaSolver));
            w.WriteNumber("seed", result.Options.Seed);
            w.WriteNumber("iterations", result.Options.Iterations);
            w.WriteStartArray("players");
            for (int p = 0; p < t.NumPlayers; p++)
            {
                w.WriteStartArray();
                int lo = t.PlayerSlotStart[p];
                for (int id = 0; id < result.Policies[p].Count; id++)
                {
                    var slots = result.Policies[p][id];
                    w.WriteStartObject();
                    w.WriteNumber("id", id);
                    w.WriteNumber("repeats", result.Repeats[p][id]);
                    w.WriteStartArray("infosets");
                    for (int i = t.PlayerInfosetStart[p]; i < t.PlayerInfosetStart[p + 1]; i++)
                    {
                        int first = t.InfosetFirstSlot[i];
                        int k = t.InfosetNumActions[i];
                        w.WriteStartObject();
                        w.WriteString("infoset", t.InfosetKey[i]);
                        w.WriteStartArray("actions");
                        for (int s = first; s < first + k; s++)
                        {
                            w.WriteNumberValue(t.SlotAction[s]);
                        }

                        w.WriteEndArray();
                        w.WriteStartArray("probabilities");
                        for (int s = first; s < first + k; s++)
                        {
                            w.WriteNumberValue(slots[s - lo]);
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
            WriteDistribution(w, "train_distribution", result, result.TrainDistribution);
            WriteDistribution(w, "eval_distribution", result, result.EvalDistribution);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the JSON atomically.</summary>
    public static void Save(JpsroResult result, string path) => AtomicFile.WriteAllText(path, ToJson(result));

    private static void WriteDistribution(Utf8JsonWriter w, string name, JpsroResult result, double[] distribution)
    {
        w.WriteStartArray(name);
        for (int j = 0; j < distribution.Length; j++)
        {
            if (distribution[j] <= 0)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteNumber("probability", distribution[j]);
            w.WriteStartArray("policies");
            for (int p = 0; p < result.Tree.NumPlayers; p++)
            {
                w.WriteNumberValue(result.MetaGame.ActionOf(j, p));
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
