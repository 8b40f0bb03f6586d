namespace Intake.Dialogs.Triage;

/// <summary>How soon the patient needs care, lowest first: a higher value outranks a lower one.</summary>
internal enum CareLevel
{
    SelfCare = 0,
    Appointment = 1,
    Urgent = 2,
    Emergency = 3,
}
