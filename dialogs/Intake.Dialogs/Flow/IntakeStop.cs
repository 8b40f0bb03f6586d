namespace Intake.Dialogs.Flow;

/// <summary>
/// An answer that ends the intake at once: either a sentence (<see cref="MessageKey"/>), with everything
/// forgotten when there is no consent (<see cref="Forget"/>), or the result right away
/// (<see cref="ShowResult"/>: an emergency sign, which the triage rules turn into the 911 result).
/// </summary>
internal sealed record IntakeStop(string? MessageKey, bool Forget = false, bool ShowResult = false);
