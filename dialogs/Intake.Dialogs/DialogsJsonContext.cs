using System.Text.Json.Serialization;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs;

/// <summary>Serializer for the intake's state records and its <c>channelData</c>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ConversationFlags))]
[JsonSerializable(typeof(IntakeAnswers))]
[JsonSerializable(typeof(Flow.IntakeChannelData))]
[JsonSerializable(typeof(Flow.EmergencyPending))]
[JsonSerializable(typeof(Records.IntakeRecord))]
[JsonSerializable(typeof(Records.RecordIndex))]
internal sealed partial class DialogsJsonContext : JsonSerializerContext;
