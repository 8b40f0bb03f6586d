using System.Text.Json.Serialization;
using Intake.Bots.State;

namespace Intake.Bots.Dialogs;

/// <summary>
/// The conversation's dialog stack as stored in conversation state: versioned, stamped with the flow
/// version it was built by (a mismatch resets it), and the patient's chosen content language.
/// </summary>
/// <remarks>Setters, not <c>init</c>: the source-generated serializer reads init-only members through its slower
/// parameterized-constructor path, and this record is read on every turn.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is the dialog stack: the name Bot Framework developers know.")]
public sealed record DialogStack
{
    /// <summary>The version of this record's shape (2: names spelled out).</summary>
    public const int CurrentSchema = 2;

    /// <summary>The conversation-state slot of the stack.</summary>
    public static readonly StateKey<DialogStack> Key = new("dialogs", DialogStateJsonContext.Default.DialogStack);

    [JsonPropertyName("schema")]
    public int Schema { get; set; } = CurrentSchema;

    /// <summary>The flow version the stack was built by.</summary>
    [JsonPropertyName("flow")]
    public string? Flow { get; set; }

    /// <summary>The content language the patient chose, overriding the activity's locale.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    /// <summary>The dialogs, outermost first.</summary>
    [JsonPropertyName("dialogs")]
    public IReadOnlyList<DialogInstance> Dialogs { get; set; } = [];

    // Schema 1's short names are read, never written: a stack stored before the rename then counts as
    // stale with its dialogs and language, so the runner resets it with the apology instead of silently.
    [JsonInclude]
    [JsonPropertyName("v")]
    internal int? SchemaOne { get => null; set => Schema = value ?? Schema; }

    [JsonInclude]
    [JsonPropertyName("l")]
    internal string? LanguageOne { get => null; set => Language = value ?? Language; }

    [JsonInclude]
    [JsonPropertyName("d")]
    internal IReadOnlyList<DialogInstance>? DialogsOne { get => null; set => Dialogs = value ?? Dialogs; }
}
