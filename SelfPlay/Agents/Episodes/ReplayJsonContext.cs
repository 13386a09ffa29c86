using System.Text.Json.Serialization;

namespace GameRL.Agents.Episodes;

/// <summary>Source-generated JSON serialisation of <see cref="ReplayFile"/> (snake_case keys, compact: replays are long).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ReplayFile))]
internal sealed partial class ReplayJsonContext : JsonSerializerContext
{
}
