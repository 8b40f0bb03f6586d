using System.Text.Json.Serialization;

namespace Intake.Bots.Dialogs;

/// <summary>Serializer for the dialog stack: short names, defaults left out, so a stack stays small.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(DialogStack))]
internal sealed partial class DialogStateJsonContext : JsonSerializerContext;
