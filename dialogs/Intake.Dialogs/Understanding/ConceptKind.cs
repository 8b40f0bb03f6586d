namespace Intake.Dialogs.Understanding;

/// <summary>What a concept means for the intake: a 911 sign, a 988 crisis, a red flag, or an ordinary symptom (most serious first: the reader compares them).</summary>
internal enum ConceptKind
{
    Emergency,
    Crisis,
    RedFlag,
    Symptom,
}
