namespace Intake.Bots.Dialogs;

/// <summary>What the runner does after a global command's handler.</summary>
public enum CommandOutcome
{
    /// <summary>Ask the active question again (help, language switch): same step, answers kept.</summary>
    Reprompt,

    /// <summary>The handler did everything (cancel, start over, talk to someone).</summary>
    Handled,
}
