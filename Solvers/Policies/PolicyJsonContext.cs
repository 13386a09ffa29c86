using System.Text.Json.Serialization;

namespace GameRL.Solvers.Policies;

/// <summary>Source-generated JSON serialisation of <see cref="PolicyFile"/> (snake_case keys, indented).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PolicyFile))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext
{
}
