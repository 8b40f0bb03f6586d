using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Records;
using Microsoft.Extensions.Logging;

namespace Intake.Dialogs.Flow;

/// <summary>
/// "delete my data" at any step (INTAKE.md §6): a dialog begun over the open question that asks to confirm
/// (its yes/no prompt on the stack); "no" says nothing was deleted and the open question is asked again; "yes"
/// clears this conversation's and the user's state in the turn, says so, and erases the patient's kept records
/// once the turn is saved (<see cref="Bots.Turns.TurnContext.AfterCommit"/>).
/// </summary>
internal sealed class DataDeletion(ContentCatalog content, IntakeRecordStore records, ILogger<DataDeletion> logger) : IDialog
{
    /// <summary>The dialog's id on the stack.</summary>
    public const string DialogId = "delete";

    /// <summary>The id of its yes/no question.</summary>
    public const string ConfirmId = "delete-confirm";

    public string Id => DialogId;

    /// <summary>The global command: its words are <c>delete.command.synonyms</c>.</summary>
    public GlobalCommand Command => new("delete", IntakeContentKeys.DeleteWords, StartAsync);

    public IEnumerable<string> ContentKeys => [IntakeContentKeys.DeleteDone, IntakeContentKeys.DeleteKept];

    /// <summary>Registers this dialog and its yes/no question.</summary>
    public DialogSet Register(DialogSet dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var options = new PromptOptions { PromptKey = IntakeContentKeys.DeletePrompt };
        return dialogs.Add(this).Add(PromptDialog.Choice(ConfirmId, options, content, QuestionChoices.For("delete", ["yes", "no"])));
    }

    /// <summary>The check: while "delete?" waits, the message is its answer, before the commands (its "no" words include "cancel").</summary>
    public static async ValueTask<CommandOutcome?> AnswerAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (dialog.ActiveDialog?.Id != ConfirmId)
        {
            return null;
        }

        await dialog.ContinueDialogAsync(cancellationToken);
        return CommandOutcome.Handled;
    }

    public ValueTask<DialogTurnResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        return dialog.BeginDialogAsync(ConfirmId, cancellationToken);
    }

    // Only reached when the question is gone from above it: nothing to wait for.
    public ValueTask<DialogTurnResult> ContinueAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        return dialog.EndDialogAsync(null, cancellationToken);
    }

    public async ValueTask<DialogTurnResult> ResumeAsync(DialogContext dialog, PromptAnswer? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (result?.Choice != "yes")
        {
            dialog.SendText(IntakeContentKeys.DeleteKept);
            return await dialog.EndDialogAsync(null, cancellationToken);
        }

        var turn = dialog.Turn;
        var activity = turn.Activity;
        var conversationId = activity.Conversation?.Id;
        var user = activity.From?.Id is { Length: > 0 } userId && activity.ChannelId is { } channelId ? OpaqueUserId.For(channelId, userId) : null;
        await dialog.CancelAllDialogsAsync(cancellationToken);
        turn.State.Conversation.Clear();
        (await turn.State.UserAsync(cancellationToken)).Clear();
        dialog.SendText(IntakeContentKeys.DeleteDone);
        turn.AfterCommit(async cancellationToken =>
        {
            var deleted = user is null ? 0 : await records.DeleteAllAsync(user, cancellationToken);
            Log.DataDeleted(logger, conversationId, deleted);
        });

        // The stack is gone with the state; nothing may write it again this turn.
        return DialogTurnResult.Cancelled;
    }

    public ValueTask RepromptAsync(DialogContext dialog, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    private async ValueTask<CommandOutcome> StartAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        await dialog.BeginDialogAsync(DialogId, cancellationToken);
        return CommandOutcome.Handled;
    }
}
