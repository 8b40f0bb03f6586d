namespace Intake.Dialogs.Understanding;

/// <summary>The ConText property a trigger gives the concepts in its scope.</summary>
internal enum TriggerKind
{
    Negated,
    Historical,
    Hypothetical,
    Other,
    Uncertain,
}
