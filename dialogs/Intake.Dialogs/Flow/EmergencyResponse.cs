using Intake.Bots.Dialogs;

namespace Intake.Dialogs.Flow;

/// <summary>How the emergency check answered a message: what the runner does next, and whether the intake stopped for an emergency or a crisis.</summary>
internal sealed record EmergencyResponse(CommandOutcome Outcome, bool Stopped);
