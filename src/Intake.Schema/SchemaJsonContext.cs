using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Schema;

/// <summary>
/// The one serializer for the wire: camelCase out, case-insensitive in, nulls left out, no reflection.
/// No converter in these options: one there would deny every type its source-generated fast path
/// (the timestamps name theirs on the property instead).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(IReadOnlyList<Activity>))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(HeroCard))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
public sealed partial class SchemaJsonContext : JsonSerializerContext;
