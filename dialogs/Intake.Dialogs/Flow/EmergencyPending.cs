namespace Intake.Dialogs.Flow;

/// <summary>
/// An emergency sign heard in the patient's words, kept until their next message: either the one yes/no
/// <c>check</c> question is open (<see cref="IsCheck"/>), or the emergency message was shown and "I don't have
/// that" may still undo it, restoring <see cref="Previous"/> (the screen's answer before the sign was heard).
/// </summary>
internal sealed record EmergencyPending(bool IsCheck, string Sign, IReadOnlyList<string>? Previous);
