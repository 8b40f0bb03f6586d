using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Bots.Dialogs;

/// <summary>
/// One entry of the dialog stack, as stored: the dialog's id, the name of its current step, the misses
/// of its prompt, and its small typed state. No code, no indexes: a renamed step is detected, not misread.
/// </summary>
public sealed record DialogInstance
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The name of the step the dialog is on (waterfalls).</summary>
    [JsonPropertyName("step")]
    public string? Step { get; init; }

    /// <summary>The step to go back to once the current step's answer arrives (a jump from a summary).</summary>
    [JsonPropertyName("returnTo")]
    public string? ReturnTo { get; init; }

    /// <summary>How many answers in a row the prompt did not understand.</summary>
    [JsonPropertyName("attempts")]
    public int Attempts { get; init; }

    /// <summary>The dialog's own state (for example a waterfall's values), written with its JsonTypeInfo.</summary>
    [JsonPropertyName("state")]
    public JsonElement? State { get; init; }
}
