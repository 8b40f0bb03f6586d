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
    /// <summary>The version of this record's shape (2: names spelled out).</summary>
    public const int CurrentSchema = 2;

    /// <summary>The conversation-state slot of the stack.</summary>
    public static readonly StateKey<DialogStack> Key = new("dialogs", DialogStateJsonContext.Default.DialogStack);

    [JsonPropertyName("schema")]
    public int Schema { get; init; } = CurrentSchema;

    /// <summary>The flow version the stack was built by.</summary>
    [JsonPropertyName("flow")]
    public string? Flow { get; init; }

    /// <summary>The content language the patient chose, overriding the activity's locale.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; init; }

    /// <summary>The dialogs, outermost first.</summary>
    [JsonPropertyName("dialogs")]
    public IReadOnlyList<DialogInstance> Dialogs { get; init; } = [];

    // Schema 1's short names are read, never written: a stack stored before the rename then counts as
    // stale with its dialogs and language, so the runner resets it with the apology instead of silently.
    [JsonInclude]
    [JsonPropertyName("v")]
    internal int? SchemaOne { get => null; init => Schema = value ?? Schema; }

    [JsonInclude]
    [JsonPropertyName("l")]
    internal string? LanguageOne { get => null; init => Language = value ?? Language; }

    [JsonInclude]
    [JsonPropertyName("d")]
    internal IReadOnlyList<DialogInstance>? DialogsOne { get => null; init => Dialogs = value ?? Dialogs; }
}
