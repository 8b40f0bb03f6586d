namespace Intake.Dialogs.Flow;

/// <summary>What the emergency watch heard in one message, and the signs (concept ids) it heard, in the order written.</summary>
internal sealed record EmergencyHearing(EmergencyHeard Heard, IReadOnlyList<string> Signs);
