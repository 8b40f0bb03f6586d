namespace Intake.Bots.Dialogs;

/// <summary>How a <see cref="DialogRunner"/> runs a conversation: its root dialog, flow version and global commands.</summary>
public sealed class DialogRunnerOptions
{
    /// <summary>The dialog begun when a message arrives and nothing is active.</summary>
    public required string RootDialogId { get; set; }

    /// <summary>Stamped on every stored stack; a stack from another version is reset (bump it when steps change meaning).</summary>
    public required string FlowVersion { get; set; }

    /// <summary>Begin the root dialog when a message finds the stack empty.</summary>
    public bool BeginRootOnMessage { get; set; } = true;

    /// <summary>Commands checked before the active dialog sees a message.</summary>
    public IList<GlobalCommand> Commands { get; } = [];

    /// <summary>Language switches checked with the commands.</summary>
    public IList<LanguageSwitch> LanguageSwitches { get; } = [];

    /// <summary>Said after a language switch (already in the new language); by default the question is simply asked again.</summary>
    public CommandHandler? OnLanguageChanged { get; set; }

    /// <summary>Called when a stored stack was reset because the flow changed (apologise, then the root begins again).</summary>
    public Func<DialogContext, CancellationToken, ValueTask>? OnFlowReset { get; set; }
}
