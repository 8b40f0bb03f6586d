using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The intake as one waterfall over <see cref="IntakeProgress"/>: one step per question of the table,
/// named after it. Each step records the answer to the question before it, stops the intake when that
/// answer says so, and asks its own question. Then the summary and "Is this right?" (<c>confirm</c>);
/// a "change X" answer jumps back to question X and, once answered, to the summary again; "yes" ends
/// with the result.
/// </summary>
public static class IntakeDialog
{
    /// <summary>The waterfall's id.</summary>
    public const string Id = "intake";

    /// <summary>The step that acts on the "Is this right?" answer.</summary>
    public const string ReviewStep = "review";

    private const string ChangePrefix = "change-";

    /// <summary>Registers the waterfall, one prompt per question and the confirm prompt.</summary>
    public static DialogSet Register(DialogSet dialogs, ContentCatalog content, IReadOnlyList<IntakeQuestion> questions, IntakeOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(outcome);
        var waterfall = new WaterfallDialog<IntakeProgress>(Id, DialogsJsonContext.Default.IntakeProgress, () => new IntakeProgress());
        foreach (var question in questions)
        {
            dialogs.Add(question.CreatePrompt(content, Options(question.Step, question.Validator)));
            waterfall.Step(question.Step, async (step, ct) =>
                await RecordAsync(step, questions, outcome, ct) is { } done ? done : await step.PromptAsync(question.Step, ct));
        }

        var changes = questions.Where(q => q.Step is not (IntakeSteps.Consent or IntakeSteps.Emergency)).Select(q => ChangePrefix + q.Step);
        dialogs.Add(PromptDialog.Choice(IntakeSteps.Confirm, Options(IntakeSteps.Confirm, null), content, QuestionChoices.For(IntakeSteps.Confirm, ["yes", .. changes])));
        waterfall.Step(IntakeSteps.Confirm, async (step, ct) =>
        {
            if (await RecordAsync(step, questions, outcome, ct) is { } done)
            {
                return done;
            }

            outcome.SendSummary(step.Dialog, step.Values.Answers, asQuestion: true);
            return await step.PromptAsync(IntakeSteps.Confirm, ct);
        });
        waterfall.Step(ReviewStep, async (step, ct) =>
        {
            if (step.Result?.Choice is { } choice && choice.StartsWith(ChangePrefix, StringComparison.Ordinal))
            {
                step.Values = step.Values with { Changing = choice[ChangePrefix.Length..] };
                return await step.GoToAsync(step.Values.Changing!, ct);
            }

            await outcome.SendResultAsync(step.Dialog, step.Values.Answers, ct);
            return await step.EndAsync(null, ct);
        });
        return dialogs.Add(waterfall);
    }

    private static PromptOptions Options(string step, PromptValidator? validator) => new()
    {
        PromptKey = $"{step}.prompt",
        RetryKey = $"{step}.retry",
        ChannelData = IntakeChannelData.ForStep(step),
        Validator = validator,
    };

    // Writes the answer the step was handed into the values. Returns the turn's result when the step must
    // not ask its own question: the answer stopped the intake, or it was a change made from the summary.
    private static async ValueTask<DialogTurnResult?> RecordAsync(WaterfallStepContext<IntakeProgress> step, IReadOnlyList<IntakeQuestion> questions, IntakeOutcome outcome, CancellationToken cancellationToken)
    {
        var answered = questions.FirstOrDefault(q => q.Step == step.AnsweredStep);
        if (answered is null || step.Result is not { } result)
        {
            return null;
        }

        step.Values = step.Values with { Answers = answered.Record(step.Values.Answers, result) };
        if (answered.StopWhen?.Invoke(step.Values.Answers) is { } stop)
        {
            return await StopAsync(step, stop, outcome, cancellationToken);
        }

        if (step.Values.Changing is not null)
        {
            step.Values = step.Values with { Changing = null };
            return await step.GoToAsync(IntakeSteps.Confirm, cancellationToken);
        }

        return null;
    }

    private static async ValueTask<DialogTurnResult> StopAsync(WaterfallStepContext<IntakeProgress> step, IntakeStop stop, IntakeOutcome outcome, CancellationToken cancellationToken)
    {
        var dialog = step.Dialog;
        if (stop.ShowResult)
        {
            await outcome.SendResultAsync(dialog, step.Values.Answers, cancellationToken);
        }
        else if (stop.MessageKey is { } key)
        {
            dialog.SendText(key);
        }

        var ended = await step.EndAsync(null, cancellationToken);
        if (stop.Forget)
        {
            dialog.Turn.State.Conversation.Clear();
        }

        return ended;
    }

    /// <summary>The answers of the intake in progress in this conversation, if one is.</summary>
    public static IntakeAnswers? AnswersInProgress(DialogContext dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var entry = dialog.Stack.Dialogs.FirstOrDefault(d => d.Id == Id);
        return entry?.State is { } state ? System.Text.Json.JsonSerializer.Deserialize(state, DialogsJsonContext.Default.IntakeProgress)?.Answers : null;
    }
}
