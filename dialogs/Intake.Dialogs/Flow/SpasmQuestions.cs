using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Recognizers;
using Intake.Dialogs.Triage;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The questions about the spasms (INTAKE.md §2 rows 2–8), after the body location: how long one lasts,
/// since when, getting worse, pain, what comes with them, triggers, red flags, nerve and movement signs.
/// Their content is <c>{step}.prompt</c>, <c>{step}.retry</c>, <c>{step}.choices.{code}.label|synonyms</c>,
/// the summary's <c>confirm.lines.{step}</c> and the confirm question's <c>confirm.choices.change-{step}</c>.
/// </summary>
internal static class SpasmQuestions
{
    public static readonly IntakeQuestion Duration = Bucket(
        IntakeSteps.Duration, AnswerCodes.Duration, content => new DurationRecognizer(content).Recognize, a => a.Duration, (a, code) => a with { Duration = code }) with
    {
        FilledAhead = true,

        // "about 3 days" for one spasm: asked what was meant, never taken as "15 minutes or more".
        Validator = (answer, _, _) => ValueTask.FromResult(answer.Choice == TimeBuckets.Implausible ? PromptCheck.Reject(DurationTooLongKey) : PromptCheck.Accept(answer)),
    };

    /// <summary>The re-ask when a span of a day or more is given as one spasm's length.</summary>
    public const string DurationTooLongKey = "duration.too-long";

    public static readonly IntakeQuestion History = Bucket(
        IntakeSteps.History, AnswerCodes.History, content => new HistoryRecognizer(content).Recognize, a => a.History, (a, code) => a with { History = code }) with
    {
        FilledAhead = true,
    };

    public static readonly IntakeQuestion Worsening = new(
        IntakeSteps.Worsening,
        (sources, options) => PromptDialog.Choice(IntakeSteps.Worsening, options, sources.Content, QuestionChoices.For(IntakeSteps.Worsening, ["yes", "no"])),
        (answers, answer) => answers with { Worsening = answer.Choice switch { "yes" => true, "no" => false, _ => null } },
        AnswerField.Flag(IntakeSteps.Worsening, a => a.Worsening))
    {
        FilledAhead = true,
    };

    public static readonly IntakeQuestion Intensity = new(
        IntakeSteps.Intensity,
        (sources, options) => new PromptDialog(IntakeSteps.Intensity, options, new IntensityAnswerRecognizer(new IntensityRecognizer(sources.Content))),
        (answers, answer) => answers with { Intensity = answer.WholeNumber },
        AnswerField.Number(IntakeSteps.Intensity, a => a.Intensity))
    {
        FilledAhead = true,
    };

    public static readonly IntakeQuestion Symptoms = Several(IntakeSteps.Symptoms, AnswerCodes.Symptoms, a => a.Symptoms, (a, codes) => a with { Symptoms = codes }) with
    {
        FilledAhead = true,
    };

    public static readonly IntakeQuestion Triggers = Several(IntakeSteps.Triggers, AnswerCodes.Triggers, a => a.Triggers, (a, codes) => a with { Triggers = codes }) with
    {
        FilledAhead = true,
    };

    public static readonly IntakeQuestion RedFlags = Several(IntakeSteps.RedFlags, AnswerCodes.RedFlags, a => a.RedFlags, (a, codes) => a with { RedFlags = codes });

    public static readonly IntakeQuestion Nerve = Several(IntakeSteps.Nerve, AnswerCodes.Nerve, a => a.Nerve, (a, codes) => a with { Nerve = codes });

    /// <summary>The questions, in the order they are asked.</summary>
    public static readonly IReadOnlyList<IntakeQuestion> All = [Duration, History, Worsening, Intensity, Symptoms, Triggers, RedFlags, Nerve];

    // One of a few time buckets, read from everyday words ("a couple of weeks") or a choice.
    private static IntakeQuestion Bucket(
        string step,
        IReadOnlyList<string> codes,
        Func<ContentCatalog, Func<string?, string, string?>> recognizer,
        Func<IntakeAnswers, string?> read,
        Func<IntakeAnswers, string?, IntakeAnswers> write)
        => new(
            step,
            (sources, options) =>
            {
                var choices = QuestionChoices.For(step, codes);
                return new PromptDialog(step, options, new BucketAnswerRecognizer(choices, new ChoiceRecognizer(sources.Content, choices, PromptKeys.Connectors), recognizer(sources.Content)));
            },
            (answers, answer) => write(answers, answer.Choice),
            AnswerField.One(step, codes, read));

    // Several may be picked; "none" next to a real answer means the real answer (as on the safety screen).
    private static IntakeQuestion Several(string step, IReadOnlyList<string> codes, Func<IntakeAnswers, IReadOnlyList<string>?> read, Func<IntakeAnswers, IReadOnlyList<string>?, IntakeAnswers> write)
        => new(
            step,
            (sources, options) => PromptDialog.Choice(step, options, sources.Content, QuestionChoices.For(step, codes), multiple: true),
            (answers, answer) => write(answers, answer.Choices),
            AnswerField.Several(step, codes, read))
        {
            Validator = IntakeQuestions.SignsOverNone,
        };
}
