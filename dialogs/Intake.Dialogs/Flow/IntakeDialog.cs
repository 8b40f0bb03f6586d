using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The intake as one waterfall over <see cref="IntakeAnswers"/> (kept in <see cref="IntakeStateKeys.Answers"/>):
/// one step per question of the table, named after it. Each step records the answer to the question before
/// it, stops the intake when that answer says so, and asks its own question. Then the summary and "Is this
/// right?" (<c>confirm</c>): a "change X" answer jumps to question X and returns to the summary with its
/// answer (the engine's jump with return); "yes" ends with the result. A typed answer is also read for facts ahead
/// of their questions (<see cref="FactsAhead"/>, rows marked <see cref="IntakeQuestion.FilledAhead"/>): the first of
/// them begins <see cref="FactsConfirmation"/> instead of its prompt, and a confirmed one is not asked again.
/// </summary>
internal static class IntakeDialog
{
    /// <summary>The waterfall's id.</summary>
    public const string Id = "intake";

    /// <summary>The step that acts on the "Is this right?" answer.</summary>
    public const string ReviewStep = "review";

    /// <summary>The step that acts on the line picked after "Change an answer".</summary>
    public const string ChangeStep = "change";

    /// <summary>The prompt after "Change an answer": the summary's lines, by the same names, to pick one (its step is still <c>confirm</c>).</summary>
    public const string WhichPrompt = "confirm-which";

    /// <summary>Said when a correction typed at the summary changed an answer.</summary>
    public const string ChangedKey = "confirm.changed";

    /// <summary>Registers the waterfall, one prompt per question and the confirm prompt.</summary>
    public static DialogSet Register(DialogSet dialogs, QuestionSources sources, IReadOnlyList<IntakeQuestion> questions, IntakeOutcome outcome)
        => Register(dialogs, sources, questions, outcome, new FactsAhead((sources ?? throw new ArgumentNullException(nameof(sources))).Content));

    /// <summary>Registers the waterfall, its prompts and the facts confirmation, reading facts ahead with <paramref name="facts"/>.</summary>
    public static DialogSet Register(DialogSet dialogs, QuestionSources sources, IReadOnlyList<IntakeQuestion> questions, IntakeOutcome outcome, FactsAhead facts)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(sources);
        var content = sources.Content;
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(facts);
        dialogs.Add(new FactsConfirmation(questions, facts, outcome));
        var waterfall = new WaterfallDialog<IntakeAnswers>(Id, IntakeStateKeys.Answers, () => new IntakeAnswers());
        foreach (var question in questions)
        {
            dialogs.Add(question.CreatePrompt(sources, Options(question.Step, question.PromptKey, question.RetryKey, question.Validator)));
            waterfall.Step(question.Step, async (step, ct) =>
            {
                if (await RecordAsync(step, questions, facts, outcome, ct) is { } done)
                {
                    return done;
                }

                // Facts given ahead (not when the summary sent the patient back to change this answer): the first of them
                // gets the one confirmation, then the waterfall comes back here; a confirmed one is not asked again.
                if (step.Dialog.ActiveDialog?.ReturnTo is null && question.FilledAhead)
                {
                    if (step.Values.Ahead?.Contains(question.Step, StringComparer.Ordinal) == true && question.IsAnswered(step.Values))
                    {
                        step.Dialog.SetReturnTo(question.Step);
                        return await step.PromptAsync(FactsConfirmation.DialogId, ct);
                    }

                    if (question.IsAnswered(step.Values))
                    {
                        return await step.NextAsync(null, ct);
                    }
                }

                return await step.PromptAsync(question.Step, ct);
            });
        }

        var reviewed = questions.Where(q => q.Reviewed).ToList();
        var changes = QuestionChoices.For(IntakeSteps.Confirm, reviewed.Select(q => q.ChangeCode));
        dialogs.Add(new PromptDialog(IntakeSteps.Confirm, Options(IntakeSteps.Confirm, $"{IntakeSteps.Confirm}.prompt", $"{IntakeSteps.Confirm}.retry", null), ConfirmAnswerRecognizer.Create(content, changes)));
        dialogs.Add(PromptDialog.Choice(WhichPrompt, Options(IntakeSteps.Confirm, $"{IntakeSteps.Confirm}.which.prompt", $"{IntakeSteps.Confirm}.which.retry", null), content, changes));
        waterfall.Step(IntakeSteps.Confirm, async (step, ct) =>
        {
            if (await RecordAsync(step, questions, facts, outcome, ct) is { } done)
            {
                return done;
            }

            if (step.Values.Ahead is not null)
            {
                step.Values = step.Values with { Ahead = null };
            }

            outcome.SendSummary(step.Dialog, step.Values, asQuestion: true);
            return await step.PromptAsync(IntakeSteps.Confirm, ct);
        });
        waterfall.Step(ReviewStep, async (step, ct) =>
        {
            if (step.Result?.Choice == ConfirmAnswerRecognizer.ChangeCode)
            {
                return await step.PromptAsync(WhichPrompt, ct);
            }

            if (reviewed.FirstOrDefault(q => q.ChangeCode == step.Result?.Choice) is { } change)
            {
                // "actually the pain is 7": the new answer came with the change, so it is taken and the summary shown again.
                if (await CorrectionAsync(step.Dialog, dialogs, content, change, ct) is { } corrected)
                {
                    step.Values = change.Record(step.Values, corrected);
                    step.Dialog.SendText(ChangedKey);
                    return await step.GoToAsync(IntakeSteps.Confirm, ct);
                }

                return await step.GoToAsync(change.Step, returnTo: IntakeSteps.Confirm, ct);
            }

            outcome.SendResult(step.Dialog, step.Values);
            if (step.Values.Consent == false)
            {
                // Nothing kept, as promised at consent: the answers go with the result (the welcome is still owed no more).
                step.Dialog.SendText(IntakeContentKeys.NotKept);
                var ended = await step.EndAsync(null, ct);
                step.Dialog.Turn.State.Conversation.Clear();
                IntakeWelcome.MarkGreeted(step.Dialog.Turn);
                IntakeWelcome.MarkEnded(step.Dialog.Turn, ended: true);
                return ended;
            }

            return await step.EndAsync(null, ct);
        });

        // The line picked after "Change an answer": that question again, then back to the summary.
        waterfall.Step(ChangeStep, async (step, ct) => reviewed.FirstOrDefault(q => q.ChangeCode == step.Result?.Choice) is { } change
            ? await step.GoToAsync(change.Step, returnTo: IntakeSteps.Confirm, ct)
            : await step.GoToAsync(IntakeSteps.Confirm, ct));
        return dialogs.Add(waterfall);
    }

    /// <summary>Says why the intake stops (or gives the result at once), empties the stack, and forgets everything when the stop says so.</summary>
    public static async ValueTask<DialogTurnResult> StopAsync(DialogContext dialog, IntakeStop stop, IntakeOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(stop);
        ArgumentNullException.ThrowIfNull(outcome);
        if (stop.ShowResult)
        {
            outcome.SendResult(dialog, dialog.Turn.State.Conversation.Get(IntakeStateKeys.Answers) ?? new IntakeAnswers());
        }
        else if (stop.MessageKey is { } key)
        {
            dialog.SendText(key);
        }

        var ended = await dialog.CancelAllDialogsAsync(cancellationToken);
        if (stop.Forget)
        {
            dialog.Turn.State.Conversation.Clear();
            IntakeWelcome.MarkGreeted(dialog.Turn);
        }

        IntakeWelcome.MarkEnded(dialog.Turn, ended: true);

        return ended;
    }

    // A typed "change X" that also carries X's new answer: the words that chose the change are taken out, and what
    // is left is read by X's own prompt ("actually the pain is 7" → 7; "change how long" → nothing, so X is asked).
    private static async ValueTask<PromptAnswer?> CorrectionAsync(DialogContext dialog, DialogSet dialogs, ContentCatalog content, IntakeQuestion change, CancellationToken cancellationToken)
    {
        var input = dialog.Input;
        if (input.CardChoices is not null || input.Text is not { Length: > 0 } || dialogs.Find(change.Step) is not PromptDialog prompt)
        {
            return null;
        }

        var changeWords = content.List(dialog.Language, $"{IntakeSteps.Confirm}.choices.{change.ChangeCode}.synonyms")
            .Append(content.Text(dialog.Language, $"{IntakeSteps.Confirm}.choices.{change.ChangeCode}.label"))
            .Select(TextNormalizer.Normalize)
            .OrderByDescending(w => w.Length);
        var rest = PhraseMatcher.Without(dialog.NormalizedText, changeWords);
        return rest.Length == 0 ? null : await prompt.RecognizeAsync(dialog, new UserInput { Text = rest }, cancellationToken);
    }

    private static PromptOptions Options(string step, string promptKey, string retryKey, PromptValidator? validator) => new()
    {
        PromptKey = promptKey,
        RetryKey = retryKey,
        ChannelData = IntakeChannelData.ForStep(step),
        Validator = validator,
    };

    // Writes the answer the step was handed into the values (after a change from the summary, that is the
    // confirm step); returns the turn's result when the answer stopped the intake.
    // A typed answer is also read for facts ahead of their questions (those still unanswered); consent beside facts
    // was read before its prompt (AnswerBesideFacts).
    private static async ValueTask<DialogTurnResult?> RecordAsync(WaterfallStepContext<IntakeAnswers> step, IReadOnlyList<IntakeQuestion> questions, FactsAhead facts, IntakeOutcome outcome, CancellationToken cancellationToken)
    {
        var answered = questions.FirstOrDefault(q => q.Step == step.AnsweredStep);
        if (answered is null || step.Result is not { } result)
        {
            return null;
        }

        if (answered.ReadForFacts)
        {
            var values = step.Values;
            var ahead = await facts.ReadAsync(step.Dialog, questions.Where(q => q.FilledAhead && q != answered && !q.IsAnswered(values)), answered, cancellationToken);
            if (ahead.Count > 0)
            {
                step.Values = FactsAhead.Fill(step.Values, ahead);
            }
        }

        step.Values = answered.Record(step.Values, result);
        if (answered.NoteWhen?.Invoke(step.Values) is { } note)
        {
            step.Dialog.SendText(note);
        }

        return answered.StopWhen?.Invoke(step.Values) is { } stop ? await StopAsync(step.Dialog, stop, outcome, cancellationToken) : null;
    }
}
