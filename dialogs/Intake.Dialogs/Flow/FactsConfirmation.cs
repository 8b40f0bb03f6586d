using Intake.Bots.Capabilities;
using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;
using Intake.Schema;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The one short confirmation of the facts given ahead of their questions (<see cref="IntakeAnswers.Ahead"/>), begun
/// when the first of them is reached: "So far: … Is that right?" with "Yes" and one "Change …" button per fact. It
/// carries the step of the first fact's question (DESIGN.md contract). "Yes" keeps them all; "Change X" (or a typed
/// correction, "no, the pain is 6") changes that one and keeps the rest; a plain "no" drops them, so each is asked.
/// It writes the answers itself and ends with no result, so the waterfall goes on from the question it was on.
/// </summary>
internal sealed class FactsConfirmation(IReadOnlyList<IntakeQuestion> questions, FactsAhead facts, IntakeOutcome outcome) : IDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "facts";

    public const string PromptKey = "facts.prompt";
    public const string RetryKey = "facts.retry";
    public const string JoinKey = "facts.join";
    public const string ChangedKey = "facts.changed";
    public const string ConsentAgainKey = "facts.consent-again";

    private const string Yes = "yes";
    private const string No = "no";

    // A missed answer is asked once more; then the facts are dropped and asked one by one (never a loop).
    private const int MaxMisses = 2;

    public string Id => DialogId;

    public IEnumerable<string> ContentKeys =>
        [PromptKey, RetryKey, JoinKey, ChangedKey, ConsentAgainKey, .. questions.Where(q => q.FilledAhead).Select(q => q.FactChangeKey), .. questions.Where(q => q.FilledAhead || q.Reviewed).Select(q => q.FactLineKey)];

    public ValueTask<DialogTurnResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        Ask(dialog, PromptKey);
        return ValueTask.FromResult(DialogTurnResult.Waiting);
    }

    public async ValueTask<DialogTurnResult> ContinueAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!dialog.Turn.Activity.IsType(ActivityTypes.Message))
        {
            return DialogTurnResult.Waiting;
        }

        var answers = Answers(dialog);
        var covered = Covered(answers);
        if (covered.Count == 0)
        {
            return await EndAsync(dialog, answers, cancellationToken);
        }

        // "no, the pain is 6": the facts the message gives for the ones shown, where they differ, change them.
        var changed = (await facts.ReadAsync(dialog, covered, answered: null, cancellationToken))
            .Where(f => !string.Equals(outcome.Fact(dialog, answers, f.Question), outcome.Fact(dialog, f.Question.Record(answers, f.Answer), f.Question), StringComparison.Ordinal))
            .ToList();
        if (changed.Count > 0)
        {
            foreach (var fact in changed)
            {
                answers = fact.Question.Record(answers, fact.Answer);
                SendChanged(dialog, answers, fact.Question, outcome);
            }

            return await EndAsync(dialog, answers, cancellationToken);
        }

        var choices = Choices(covered);
        var picked = new ChoiceRecognizer(dialog.Content, choices, connectorsKey: null).Recognize(dialog.Input, dialog.Language, multiple: false) is [var code] ? code : null;
        if (picked == Yes)
        {
            return await EndAsync(dialog, answers, cancellationToken);
        }

        if (picked == No)
        {
            return await EndAsync(dialog, covered.Aggregate(answers, (a, q) => q.Clear(a)), cancellationToken);
        }

        if (covered.FirstOrDefault(q => q.ChangeCode == picked) is { } change)
        {
            return await EndAsync(dialog, change.Clear(answers), cancellationToken);
        }

        var misses = (dialog.ActiveDialog?.Attempts ?? 0) + 1;
        if (misses >= MaxMisses)
        {
            return await EndAsync(dialog, covered.Aggregate(answers, (a, q) => q.Clear(a)), cancellationToken);
        }

        dialog.SetAttempts(misses);
        Ask(dialog, RetryKey);
        return DialogTurnResult.Waiting;
    }

    public async ValueTask<DialogTurnResult> ResumeAsync(DialogContext dialog, PromptAnswer? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dialog, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public ValueTask RepromptAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        Ask(dialog, PromptKey);
        return ValueTask.CompletedTask;
    }

    /// <summary>"Got it, I changed that. Pain: 7 out of 10.": one line naming the question and its new answer.</summary>
    public static void SendChanged(DialogContext dialog, IntakeAnswers answers, IntakeQuestion question, IntakeOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(outcome);
        dialog.Turn.SendText(dialog.Content.Format(dialog.Language, ChangedKey, ("fact", outcome.Fact(dialog, answers, question) ?? string.Empty)));
    }

    private static IntakeAnswers Answers(DialogContext dialog) => dialog.Turn.State.Conversation.Get(IntakeStateKeys.Answers) ?? new IntakeAnswers();

    // The facts shown, in the order of the questions.
    private List<IntakeQuestion> Covered(IntakeAnswers answers)
        => [.. questions.Where(q => answers.Ahead?.Contains(q.Step, StringComparer.Ordinal) == true && q.IsAnswered(answers))];

    private static ChoiceList Choices(IReadOnlyList<IntakeQuestion> covered)
        => new([
            new Choice(Yes, $"{PromptKeys.Confirm}.labels.yes", $"{PromptKeys.Confirm}.synonyms.yes"),
            .. covered.Select(q => new Choice(q.ChangeCode, q.FactChangeKey)),
            new Choice(No, $"{PromptKeys.Confirm}.labels.no", $"{PromptKeys.Confirm}.synonyms.no"),
        ]);

    // The facts are settled (kept, changed or dropped): the waterfall goes on at the question it was on.
    private static ValueTask<DialogTurnResult> EndAsync(DialogContext dialog, IntakeAnswers answers, CancellationToken cancellationToken)
    {
        dialog.Turn.State.Conversation.Set(IntakeStateKeys.Answers, answers with { Ahead = null });
        return dialog.EndDialogAsync(null, cancellationToken);
    }

    private void Ask(DialogContext dialog, string key)
    {
        var answers = Answers(dialog);
        var covered = Covered(answers);
        var lines = covered.Select(q => outcome.Fact(dialog, answers, q)).OfType<string>();
        var text = dialog.Content.Format(dialog.Language, key, ("facts", string.Join(dialog.Text(JoinKey), lines)));

        // The "no" is read when typed, not shown: "Yes" and one button per fact.
        var shown = Choices(covered).Items.Where(c => c.Code != No).Select(c => new LabelledChoice(c.Code, dialog.Text(c.LabelKey))).ToArray();
        var step = covered.Count > 0 ? covered[0].Step : IntakeSteps.Confirm;
        dialog.Turn.Send(ChoiceRenderer.Render(ChannelCapabilities.For(dialog.Turn.Activity), dialog.Turn.Activity.From?.Id, text, shown, multiple: false, submitLabel: string.Empty, IntakeChannelData.ForStep(step)));
    }
}
