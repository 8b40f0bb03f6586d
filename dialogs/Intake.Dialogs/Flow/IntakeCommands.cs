using Intake.Bots.Content;
using Intake.Bots.Dialogs;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The commands that work at every step (INTAKE.md §2): help, start over, cancel/stop, talk to someone,
/// and the language switch. Their words are the content lists <c>commands.words.*</c>, in en and es.
/// </summary>
internal static class IntakeCommands
{
    /// <summary>help, cancel, start over, talk to someone: checked in this order.</summary>
    public static readonly IReadOnlyList<GlobalCommand> All =
    [
        new("help", "commands.words.help", Help),
        new("cancel", "commands.words.cancel", CancelAsync),
        new("restart", "commands.words.restart", RestartAsync),
        new("talk", "commands.words.talk", Talk),
    ];

    /// <summary>"english" / "español": the conversation goes on in that language, with the open question again.</summary>
    public static DialogCheck LanguageSwitch(ContentCatalog content)
        => DialogCheck.LanguageSwitch(content, [new("en", "commands.words.english"), new("es", "commands.words.spanish")], LanguageChanged);

    /// <summary>The apology said when a stored conversation was built by an older flow and starts again.</summary>
    public static ValueTask FlowResetAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        dialog.SendText(IntakeContentKeys.FlowReset);
        return ValueTask.CompletedTask;
    }

    private static ValueTask<CommandOutcome> Help(DialogContext dialog, CancellationToken cancellationToken)
    {
        dialog.SendText(dialog.ActiveDialog is null ? IntakeContentKeys.HelpIdle : IntakeContentKeys.HelpActive);
        return ValueTask.FromResult(CommandOutcome.Reprompt);
    }

    private static async ValueTask<CommandOutcome> CancelAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        await dialog.CancelAllDialogsAsync(cancellationToken);
        IntakeWelcome.MarkEnded(dialog.Turn, ended: true);
        dialog.SendText(IntakeContentKeys.Cancelled);
        return CommandOutcome.Handled;
    }

    private static async ValueTask<CommandOutcome> RestartAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        await dialog.CancelAllDialogsAsync(cancellationToken);
        IntakeWelcome.MarkEnded(dialog.Turn, ended: false);
        dialog.SendText(IntakeContentKeys.Restarted);
        await dialog.BeginDialogAsync(IntakeDialog.Id, cancellationToken);
        return CommandOutcome.Handled;
    }

    private static ValueTask<CommandOutcome> Talk(DialogContext dialog, CancellationToken cancellationToken)
    {
        dialog.SendText(IntakeContentKeys.Talk);
        return ValueTask.FromResult(CommandOutcome.Reprompt);
    }

    private static ValueTask<CommandOutcome> LanguageChanged(DialogContext dialog, CancellationToken cancellationToken)
    {
        dialog.SendText(IntakeContentKeys.LanguageChanged);
        return ValueTask.FromResult(CommandOutcome.Reprompt);
    }
}
