using Intake.Bots.Capabilities;
using Intake.Bots.Dialogs;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Records;
using Intake.Dialogs.Results;
using Intake.Dialogs.Triage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The end of an intake: decide the care level, send the result in the patient's language and the
/// channel's best form, log the decision (ids only), and, when the patient consented, keep the record once the
/// turn's state is saved (<see cref="Bots.Turns.TurnContext.AfterCommit"/>): a turn rerun after a conflict keeps none twice.
/// The answers stay in <see cref="IntakeStateKeys.Answers"/>, so "see my summary" works after the result.
/// </summary>
internal sealed class IntakeOutcome(TriageEvaluator triage, ResultComposer results, SummaryComposer summaries, IntakeRecordStore records, IOptions<IntakeOptions> options, ILogger<IntakeOutcome> logger)
{
    public void SendResult(DialogContext dialog, IntakeAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(answers);
        var turn = dialog.Turn;
        IntakeWelcome.MarkEnded(turn, ended: true);
        var decision = triage.Evaluate(answers);
        var message = results.Compose(answers, decision, dialog.Language, options.Value);
        turn.Send(ResultActivity.Render(message, ChannelCapabilities.For(turn.Activity), turn.Activity.From?.Id));
        var conversationId = turn.Activity.Conversation?.Id;
        if (answers.Consent != true || turn.Activity.From?.Id is not { Length: > 0 } userId || turn.Activity.ChannelId is not { } channelId)
        {
            Log.RecordNotKept(logger, conversationId);
            return;
        }

        var record = new IntakeRecord
        {
            Id = IntakeRecordId.For(channelId, conversationId, turn.Activity.Id),
            User = OpaqueUserId.For(channelId, userId),
            ChannelId = channelId,
            CompletedAt = turn.Time.GetUtcNow(),
            Language = dialog.Language,
            CareLevel = decision.Level.Name(),
            RuleIds = decision.RuleIds,
            LowerRuleIds = decision.LowerRuleIds,
            Answers = answers,
        };
        turn.AfterCommit(async cancellationToken =>
        {
            await records.SaveAsync(record, cancellationToken);
            Log.RecordSaved(logger, record.Id, conversationId);
        });
    }

    /// <summary>One answer as a short fact in the conversation's language ("Pain: 4 out of 10"), or <c>null</c> when unanswered.</summary>
    public string? Fact(DialogContext dialog, IntakeAnswers answers, IntakeQuestion question)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        return summaries.Fact(answers, question, dialog.Language);
    }

    /// <summary>Sends the summary of the answers; as the first half of the <c>confirm</c> question, it carries that step.</summary>
    public void SendSummary(DialogContext dialog, IntakeAnswers answers, bool asQuestion)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        dialog.Turn.Send(new Activity
        {
            Type = Schema.ActivityTypes.Message,
            Text = summaries.Compose(answers, dialog.Language),
            ChannelData = asQuestion ? IntakeChannelData.ForStep(IntakeSteps.Confirm) : null,
        });
    }
}
