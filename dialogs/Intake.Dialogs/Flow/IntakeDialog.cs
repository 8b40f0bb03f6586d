using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The intake as one waterfall over <see cref="IntakeAnswers"/>: one step per question of the table,
/// named after it. Each step records the answer to the question before it, stops the intake when that
/// answer says so, and asks its own question; the last step records the last answer and closes.
/// </summary>
public static class IntakeDialog
{
    /// <summary>The waterfall's id.</summary>
    public const string Id = "intake";

    /// <summary>The name of the closing step.</summary>
    public const string FinishStep = "finish";

    /// <summary>Registers the waterfall and one prompt per question.</summary>
    public static DialogSet Register(DialogSet dialogs, ContentCatalog content, IReadOnlyList<IntakeQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(questions);
        var waterfall = new WaterfallDialog<IntakeAnswers>(Id, DialogsJsonContext.Default.IntakeAnswers, () => new IntakeAnswers());
        foreach (var question in questions)
        {
            var options = new PromptOptions
            {
                PromptKey = question.PromptKey,
                RetryKey = question.RetryKey,
                ChannelData = IntakeChannelData.ForStep(question.Step),
                Validator = question.Validator,
            };
            dialogs.Add(question.CreatePrompt(content, options));
            waterfall.Step(question.Step, async (step, ct) =>
                await RecordAsync(step, questions, ct) is { } stopped ? stopped : await step.PromptAsync(question.Step, ct));
        }

        waterfall.Step(FinishStep, async (step, ct) =>
        {
            if (await RecordAsync(step, questions, ct) is { } stopped)
            {
                return stopped;
            }

            step.Dialog.SendText("opening.finished");
            return await step.EndAsync(null, ct);
        });
        return dialogs.Add(waterfall);
    }

    // Writes the answer the step was handed into the values; when the answers stop the intake, says why and ends it.
    private static async ValueTask<DialogTurnResult?> RecordAsync(WaterfallStepContext<IntakeAnswers> step, IReadOnlyList<IntakeQuestion> questions, CancellationToken cancellationToken)
    {
        var answered = questions.FirstOrDefault(q => q.Step == step.AnsweredStep);
        if (answered is null || step.Result is not { } result)
        {
            return null;
        }

        step.Values = answered.Record(step.Values, result);
        if (answered.StopWhen?.Invoke(step.Values) is not { } stop)
        {
            return null;
        }

        var dialog = step.Dialog;
        dialog.Turn.Send(new Activity
        {
            Type = Schema.ActivityTypes.Message,
            Text = dialog.Text(stop.MessageKey),
            ChannelData = stop.CareLevel is { } level ? IntakeChannelData.ForOutcome(level, stop.RuleIds ?? []) : null,
        });
        var ended = await step.EndAsync(null, cancellationToken);
        if (stop.Forget)
        {
            dialog.Turn.State.Conversation.Clear();
        }

        return ended;
    }
}
