using Intake.Bots.Dialogs;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The commands that work at every step (INTAKE.md §2): help, start over, cancel/stop, talk to someone,
/// and the language switch. Their words are the content lists <c>commands.words.*</c>, in en and es.
/// </summary>
internal static class IntakeCommands
{
    public static void AddTo(DialogRunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Commands.Add(new GlobalCommand("help", "commands.words.help", Help));
        options.Commands.Add(new GlobalCommand("cancel", "commands.words.cancel", CancelAsync));
        options.Commands.Add(new GlobalCommand("restart", "commands.words.restart", RestartAsync));
        options.Commands.Add(new GlobalCommand("talk", "commands.words.talk", Talk));
        options.LanguageSwitches.Add(new LanguageSwitch("en", "commands.words.english"));
        options.LanguageSwitches.Add(new LanguageSwitch("es", "commands.words.spanish"));
        options.OnLanguageChanged = LanguageChanged;
        options.OnFlowReset = (dialog, _) =>
        {
            dialog.SendText(IntakeContentKeys.FlowReset);
            return ValueTask.CompletedTask;
        };
    }

    private static ValueTask<CommandOutcome> Help(DialogContext dialog, CancellationToken cancellationToken)
    {
        dialog.SendText(dialog.ActiveDialog is null ? IntakeContentKeys.HelpIdle : IntakeContentKeys.HelpActive);
        return ValueTask.FromResult(CommandOutcome.Reprompt);
    }

    private static async ValueTask<CommandOutcome> CancelAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        await dialog.CancelAllDialogsAsync(cancellationToken);
        dialog.SendText(IntakeContentKeys.Cancelled);
        return CommandOutcome.Handled;
    }

    private static async ValueTask<CommandOutcome> RestartAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        await dialog.CancelAllDialogsAsync(cancellationToken);
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
