namespace Intake.Bots.Dialogs;

/// <summary>
/// A dialog: a piece of conversation that begins, continues with each user message, resumes when a child
/// dialog it started ends, and can ask its question again. Its state lives in its stack entry, never in the
/// instance, so any host can continue it.
/// </summary>
public interface IDialog
{
    /// <summary>The id the dialog is registered and stored under.</summary>
    string Id { get; }

    /// <summary>Starts the dialog; it is already the active entry of the stack.</summary>
    ValueTask<DialogTurnResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken);

    /// <summary>Handles the user's message while this dialog is active.</summary>
    ValueTask<DialogTurnResult> ContinueAsync(DialogContext dialog, CancellationToken cancellationToken);

    /// <summary>A child this dialog began has ended with <paramref name="result"/>.</summary>
    ValueTask<DialogTurnResult> ResumeAsync(DialogContext dialog, PromptAnswer? result, CancellationToken cancellationToken);

    /// <summary>Asks the current question again (after help, a language switch, …).</summary>
    ValueTask RepromptAsync(DialogContext dialog, CancellationToken cancellationToken);

    /// <summary>Whether a stored entry is one this dialog can continue (a waterfall checks its step still exists).</summary>
    bool CanContinue(DialogInstance instance) => true;

    /// <summary>The content keys the dialog says or shows; the runner checks them all at start-up.</summary>
    IEnumerable<string> ContentKeys => [];
}
