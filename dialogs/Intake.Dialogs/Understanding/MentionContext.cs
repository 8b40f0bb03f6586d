namespace Intake.Dialogs.Understanding;

/// <summary>The ConText attributes of one mention; <see cref="None"/> is present, current, the patient's and certain.</summary>
[Flags]
internal enum MentionContext
{
    None = 0,
    Negated = 1,
    Historical = 2,
    Hypothetical = 4,
    Other = 8,
    Uncertain = 16,
}
