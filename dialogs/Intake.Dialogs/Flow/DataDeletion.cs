using Intake.Bots.Capabilities;
using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Records;
using Microsoft.Extensions.Logging;

namespace Intake.Dialogs.Flow;

/// <summary>
/// "delete my data" at any step (INTAKE.md §6): asks to confirm, then erases the patient's kept intake
/// records and this conversation's state, and says so. The question waits in <see cref="ConversationFlags"/>,
/// beside the intake rather than on its stack, so "no" goes straight back to the question that was open.
/// </summary>
internal sealed class DataDeletion(ContentCatalog content, IntakeRecordStore records, ILogger<DataDeletion> logger)
{
    private static readonly ChoiceList Choices = QuestionChoices.For("delete", ["yes", "no"]);
    private readonly ChoiceRecognizer _recognizer = new(content, Choices, connectorsKey: null);

    /// <summary>The global command: its words are <c>delete.command.synonyms</c>.</summary>
    public GlobalCommand Command => new("delete", IntakeContentKeys.DeleteWords, Ask);

    /// <summary>Handles the answer to a pending confirmation; <c>false</c> when none was pending (the turn goes on as usual).</summary>
    public async ValueTask<bool> TryAnswerAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var state = dialog.Turn.State;
        if (state.Conversation.Get(IntakeStateKeys.Flags) is not { DeletePending: true } flags)
        {
            return false;
        }

        var answer = _recognizer.Recognize(UserInput.From(dialog.Turn.Activity), dialog.Language, multiple: false);
        if (answer is ["yes"])
        {
            var activity = dialog.Turn.Activity;
            var conversationId = activity.Conversation?.Id;
            state.Conversation.Clear();
            (await state.UserAsync(cancellationToken)).Clear();
            dialog.SendText(IntakeContentKeys.DeleteDone);
            var user = activity.From?.Id is { Length: > 0 } userId && activity.ChannelId is { } channelId ? OpaqueUserId.For(channelId, userId) : null;
            dialog.Turn.AfterCommit(async cancellationToken =>
            {
                var deleted = user is null ? 0 : await records.DeleteAllAsync(user, cancellationToken);
                Log.DataDeleted(logger, conversationId, deleted);
            });
            return true;
        }

        state.Conversation.Set(IntakeStateKeys.Flags, flags with { DeletePending = false });
        dialog.SendText(IntakeContentKeys.DeleteKept);
        if (answer is null)
        {
            return false;
        }

        await dialog.RepromptAsync(cancellationToken);
        return true;
    }

    private ValueTask<CommandOutcome> Ask(DialogContext dialog, CancellationToken cancellationToken)
    {
        var flags = dialog.Turn.State.Conversation.Get(IntakeStateKeys.Flags) ?? new ConversationFlags(Greeted: true);
        dialog.Turn.State.Conversation.Set(IntakeStateKeys.Flags, flags with { DeletePending = true });
        var labelled = Choices.Items.Select(c => new LabelledChoice(c.Code, dialog.Text(c.LabelKey))).ToArray();
        dialog.Turn.Send(ChoiceRenderer.Render(ChannelCapabilities.For(dialog.Turn.Activity), dialog.Turn.Activity.From?.Id, dialog.Text(IntakeContentKeys.DeletePrompt), labelled, multiple: false, string.Empty, channelData: null));
        return ValueTask.FromResult(CommandOutcome.Handled);
    }
}
