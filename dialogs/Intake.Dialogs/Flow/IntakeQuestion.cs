using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Triage;

namespace Intake.Dialogs.Flow;

/// <summary>
/// One row of the intake's question table, the one description of a question: its step id (also its prompt's
/// id and content prefix), how its prompt is built, how its answer is written into and read from
/// <see cref="IntakeAnswers"/> (its codes and shape: also its triage field), whether the summary shows it, and
/// when an answer stops the intake. Adding a question is adding a row to <see cref="IntakeQuestions.All"/> and its content.
/// </summary>
internal sealed record IntakeQuestion(
    string Step,
    Func<QuestionSources, PromptOptions, PromptDialog> CreatePrompt,
    Func<IntakeAnswers, PromptAnswer, IntakeAnswers> Record,
    AnswerField Answer)
{
    /// <summary>Checks the recognised answer before it is accepted (optional).</summary>
    public PromptValidator? Validator { get; init; }

    /// <summary>A sentence (content key) to say once the answer is recorded, the intake going on (optional).</summary>
    public Func<IntakeAnswers, string?>? NoteWhen { get; init; }

    /// <summary>Whether the answers so far end the intake, and how (optional).</summary>
    public Func<IntakeAnswers, IntakeStop?>? StopWhen { get; init; }

    /// <summary>The triage rules may name its <see cref="Answer"/> (consent they may not).</summary>
    public bool InTriage { get; init; } = true;

    /// <summary>Shown in the summary (<see cref="SummaryLineKey"/>) and offered as <see cref="ChangeCode"/> by the confirm question.</summary>
    public bool Reviewed { get; init; } = true;

    /// <summary>
    /// Its answer may come in a message given before it is asked ("lower back spasms since monday" at consent): read by its
    /// own prompt, taken when confident, confirmed in one message (<see cref="FactsConfirmation"/>), and not asked again.
    /// </summary>
    public bool FilledAhead { get; init; }

    /// <summary>A message answering it is also read for facts ahead (not the age: its numbers are years, not pain scores).</summary>
    public bool ReadForFacts { get; init; } = true;

    /// <summary>
    /// A message that answers it and carries facts ahead is answered by its first clause (<see cref="AnswerBesideFacts"/>):
    /// "yes. lower back spasms, no fever" is yes; a "no" beside the facts is not taken, the question is asked again.
    /// </summary>
    public bool NoBesideFactsAsksAgain { get; init; }

    /// <summary>The question's prompt content key: <c>{step}.prompt</c>.</summary>
    public string PromptKey { get; } = $"{Step}.prompt";

    /// <summary>The not-understood content key: <c>{step}.retry</c>.</summary>
    public string RetryKey { get; } = $"{Step}.retry";

    /// <summary>Its line in the summary: <c>confirm.lines.{step}</c>, with <c>{answer}</c>.</summary>
    public string SummaryLineKey { get; } = $"confirm.lines.{Step}";

    /// <summary>The confirm question's choice that goes back to it: <c>change-{step}</c>.</summary>
    public string ChangeCode { get; } = $"change-{Step}";

    /// <summary>Its answer as a short fact (<c>facts.lines.{step}</c>, with <c>{answer}</c>): "pain 4", in the facts confirmation and after a correction.</summary>
    public string FactLineKey { get; } = $"facts.lines.{Step}";

    /// <summary>The facts confirmation's button that changes it: <c>facts.change.{step}</c>.</summary>
    public string FactChangeKey { get; } = $"facts.change.{Step}";

    /// <summary>Whether <paramref name="answers"/> hold an answer to it.</summary>
    public bool IsAnswered(IntakeAnswers answers) => Answer.Kind switch
    {
        AnswerFieldKind.Flag => Answer.ReadFlag(answers) is not null,
        AnswerFieldKind.Number => Answer.ReadNumber(answers) is not null,
        _ => Answer.ReadCodes(answers) is not null,
    };

    /// <summary>The answers without its answer (every row's <see cref="Record"/> writes nothing for an empty answer).</summary>
    public IntakeAnswers Clear(IntakeAnswers answers) => Record(answers, new PromptAnswer());
}
