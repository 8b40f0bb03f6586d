using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// One row of the intake's question table: its step id (also its prompt's id and content prefix), how its
/// prompt is built, how its answer is written into <see cref="IntakeAnswers"/>, and when an answer stops
/// the intake. Adding a question is adding a row to <see cref="IntakeQuestions.All"/>.
/// </summary>
internal sealed record IntakeQuestion(
    string Step,
    Func<ContentCatalog, PromptOptions, PromptDialog> CreatePrompt,
    Func<IntakeAnswers, PromptAnswer, IntakeAnswers> Record)
{
    /// <summary>Checks the recognised answer before it is accepted (optional).</summary>
    public PromptValidator? Validator { get; init; }

    /// <summary>Whether the answers so far end the intake, and how (optional).</summary>
    public Func<IntakeAnswers, IntakeStop?>? StopWhen { get; init; }

    /// <summary>The question's prompt content key: <c>{step}.prompt</c>.</summary>
    public string PromptKey => $"{Step}.prompt";

    /// <summary>The not-understood content key: <c>{step}.retry</c>.</summary>
    public string RetryKey => $"{Step}.retry";
}
