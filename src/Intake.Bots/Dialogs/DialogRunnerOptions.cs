namespace Intake.Bots.Dialogs;

/// <summary>How a <see cref="DialogRunner"/> runs a conversation: its root dialog, flow version and the checks before the active dialog.</summary>
public sealed class DialogRunnerOptions
{
    /// <summary>The dialog begun when a message arrives and nothing is active.</summary>
    public required string RootDialogId { get; set; }

    /// <summary>Stamped on every stored stack; a stack from another version is reset (bump it when steps change meaning).</summary>
    public required string FlowVersion { get; set; }

    /// <summary>Begin the root dialog when a message finds the stack empty.</summary>
    public bool BeginRootOnMessage { get; set; } = true;

    /// <summary>
    /// What may answer a message before the active dialog, run in this order; the first that handles it ends the
    /// checks (the active dialog is then asked again when it says so). Language switches and global commands are
    /// checks too (<see cref="DialogCheck.LanguageSwitch"/>, <see cref="DialogCheck.Command"/>).
    /// </summary>
    public IList<DialogCheck> Checks { get; } = [];

    /// <summary>Called when a stored stack was reset because the flow changed (apologise, then the root begins again).</summary>
    public Func<DialogContext, CancellationToken, ValueTask>? OnFlowReset { get; set; }
}
