using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Bots.Turns;

/// <summary>Serializer for what the turn keeps in conversation state.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProcessedActivities))]
internal sealed partial class TurnsJsonContext : JsonSerializerContext;
