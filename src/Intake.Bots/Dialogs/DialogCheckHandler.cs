namespace Intake.Bots.Dialogs;

/// <summary>
/// One check made before the active dialog sees a message: <c>null</c> when the message is not for it (the
/// next check, then the active dialog, gets it); otherwise it handled the message, and what comes after.
/// </summary>
public delegate ValueTask<CommandOutcome?> DialogCheckHandler(DialogContext dialog, CancellationToken cancellationToken);
