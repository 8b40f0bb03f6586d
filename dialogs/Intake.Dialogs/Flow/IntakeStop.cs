namespace Intake.Dialogs.Flow;

/// <summary>
/// An answer that ends the intake at once: what to say (<see cref="MessageKey"/>), whether everything
/// must be forgotten (no consent), and the care level to stamp on the message when it is a result.
/// </summary>
public sealed record IntakeStop(string MessageKey, bool Forget = false, string? CareLevel = null, IReadOnlyList<string>? RuleIds = null);
