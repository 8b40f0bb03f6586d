using System.Text.Json.Serialization;
using Intake.Bots.State;

namespace Intake.Bots.Dialogs;

/// <summary>
/// The conversation's dialog stack as stored in conversation state: versioned, stamped with the flow
/// version it was built by (a mismatch resets it), and the patient's chosen content language.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is the dialog stack: the name Bot Framework developers know.")]
public sealed record DialogStack
{
    /// <summary>The version of this record's shape.</summary>
    public const int CurrentSchema = 1;

    /// <summary>The conversation-state slot of the stack.</summary>
    public static readonly StateKey<DialogStack> Key = new("dialogs", DialogStateJsonContext.Default.DialogStack);

    [JsonPropertyName("v")]
    public int Schema { get; init; } = CurrentSchema;

    /// <summary>The flow version the stack was built by.</summary>
    [JsonPropertyName("f")]
    public string? Flow { get; init; }

    /// <summary>The content language the patient chose, overriding the activity's locale.</summary>
    [JsonPropertyName("l")]
    public string? Language { get; init; }

    /// <summary>The dialogs, outermost first.</summary>
    [JsonPropertyName("d")]
    public IReadOnlyList<DialogInstance> Dialogs { get; init; } = [];
}
