using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Schema;

namespace Intake.Bots.Turns;

/// <summary>Serializer for what the turn keeps in conversation state; activities as on the wire.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(TimestampConverter)])]
[JsonSerializable(typeof(ProcessedActivities))]
[JsonSerializable(typeof(ReplayableAnswer))]
internal sealed partial class TurnsJsonContext : JsonSerializerContext;
