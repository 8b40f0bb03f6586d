namespace Intake.Dialogs.Understanding;

/// <summary>A context phrase (vocabulary ids), the property it gives and where its scope lies.</summary>
internal sealed record Trigger(int[] Words, TriggerKind Kind, TriggerRole Role);
