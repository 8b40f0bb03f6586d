namespace Intake.Dialogs.Understanding;

/// <summary>A concept the layer recognises: its stable id and what it means for the intake.</summary>
/// <remarks><see cref="Hides"/>: narrower readings this concept replaces when both are found in one clause
/// ("both my legs went weak" is not also a one-sided weakness).</remarks>
internal sealed record ConceptDefinition(string Id, ConceptKind Kind, IReadOnlyList<string> Hides);
