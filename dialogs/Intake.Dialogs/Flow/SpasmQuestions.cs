using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Recognizers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The questions about the spasms (INTAKE.md §2 rows 2–8), after the body location: how long one lasts,
/// since when, getting worse, pain, what comes with them, triggers, red flags, nerve and movement signs.
/// Their content is <c>{step}.prompt</c>, <c>{step}.retry</c> and <c>{step}.choices.{code}.label|synonyms</c>.
/// </summary>
internal static class SpasmQuestions
{
    public static readonly IntakeQuestion Duration = new(
        IntakeSteps.Duration,
        (content, options) => Bucket(IntakeSteps.Duration, AnswerCodes.Duration, content, options, new DurationRecognizer(content).Recognize),
        (answers, answer) => answers with { Duration = answer.Choice });

    public static readonly IntakeQuestion History = new(
        IntakeSteps.History,
        (content, options) => Bucket(IntakeSteps.History, AnswerCodes.History, content, options, new HistoryRecognizer(content).Recognize),
        (answers, answer) => answers with { History = answer.Choice });

    public static readonly IntakeQuestion Worsening = new(
        IntakeSteps.Worsening,
        (content, options) => PromptDialog.Choice(IntakeSteps.Worsening, options, content, QuestionChoices.For(IntakeSteps.Worsening, ["yes", "no"])),
        (answers, answer) => answers with { Worsening = answer.Choice == "yes" });

    public static readonly IntakeQuestion Intensity = new(
        IntakeSteps.Intensity,
        (content, options) => new PromptDialog(IntakeSteps.Intensity, options, new IntensityAnswerRecognizer(new IntensityRecognizer(content))),
        (answers, answer) => answers with { Intensity = answer.WholeNumber });

    public static readonly IntakeQuestion Symptoms = Several(IntakeSteps.Symptoms, AnswerCodes.Symptoms, (answers, codes) => answers with { Symptoms = codes });

    public static readonly IntakeQuestion Triggers = Several(IntakeSteps.Triggers, AnswerCodes.Triggers, (answers, codes) => answers with { Triggers = codes });

    public static readonly IntakeQuestion RedFlags = Several(IntakeSteps.RedFlags, AnswerCodes.RedFlags, (answers, codes) => answers with { RedFlags = codes });

    public static readonly IntakeQuestion Nerve = Several(IntakeSteps.Nerve, AnswerCodes.Nerve, (answers, codes) => answers with { Nerve = codes });

    /// <summary>The questions, in the order they are asked.</summary>
    public static readonly IReadOnlyList<IntakeQuestion> All = [Duration, History, Worsening, Intensity, Symptoms, Triggers, RedFlags, Nerve];

    private static PromptDialog Bucket(string step, IReadOnlyList<string> codes, ContentCatalog content, PromptOptions options, Func<string?, string, string?> recognize)
    {
        var choices = QuestionChoices.For(step, codes);
        return new PromptDialog(step, options, new BucketAnswerRecognizer(choices, new ChoiceRecognizer(content, choices, PromptKeys.Connectors), recognize));
    }

    // Several may be picked; "none" next to a real answer means the real answer (as on the safety screen).
    private static IntakeQuestion Several(string step, IReadOnlyList<string> codes, Func<IntakeAnswers, IReadOnlyList<string>?, IntakeAnswers> record)
        => new(
            step,
            (content, options) => PromptDialog.Choice(step, options, content, QuestionChoices.For(step, codes), multiple: true),
            (answers, answer) => record(answers, answer.Choices))
        {
            Validator = IntakeQuestions.SignsOverNone,
        };
}
