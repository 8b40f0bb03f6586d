namespace Intake.Bots.Dialogs;

/// <summary>The application's handling of a global command (say something, cancel, restart …).</summary>
public delegate ValueTask<CommandOutcome> CommandHandler(DialogContext dialog, CancellationToken cancellationToken);
