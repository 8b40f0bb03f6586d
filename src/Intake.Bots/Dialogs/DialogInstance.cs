using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Bots.Dialogs;

/// <summary>
/// One entry of the dialog stack, as stored: the dialog's id, the name of its current step, the misses
/// of its prompt, and its small typed state. No code, no indexes: a renamed step is detected, not misread.
/// </summary>
/// <remarks>Setters, not <c>init</c>: the source-generated serializer reads init-only members through its slower
/// parameterized-constructor path, and this record is read on every turn.</remarks>
public sealed record DialogInstance
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The name of the step the dialog is on (waterfalls).</summary>
    [JsonPropertyName("step")]
    public string? Step { get; set; }

    /// <summary>The step to go back to once the current step's answer arrives (a jump from a summary).</summary>
    [JsonPropertyName("returnTo")]
    public string? ReturnTo { get; set; }

    /// <summary>How many answers in a row the prompt did not understand.</summary>
    [JsonPropertyName("attempts")]
    public int Attempts { get; set; }

    /// <summary>The dialog's own state (for example a waterfall's values), written with its JsonTypeInfo.</summary>
    [JsonPropertyName("state")]
    [JsonConverter(typeof(Schema.RawJsonConverter))]
    public JsonElement? State { get; set; }
}
