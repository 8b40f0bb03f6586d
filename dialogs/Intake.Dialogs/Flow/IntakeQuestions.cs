using Intake.Bots.Choices;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Recognizers;
using Intake.Dialogs.Triage;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The intake's questions in the order they are asked (INTAKE.md §1–2): consent, the emergency screen
/// (first, right after consent), the age, the body location, <see cref="SpasmQuestions"/>, then the background red flags.
/// </summary>
internal static class IntakeQuestions
{
    /// <summary>How the intake stops on any emergency sign: the result at once, which for a sign is the 911 message.</summary>
    public static readonly IntakeStop EmergencyStop = new(MessageKey: null, ShowResult: true);

    public static readonly IntakeQuestion Consent = new(
        IntakeSteps.Consent,
        (sources, options) => PromptDialog.Confirm(IntakeSteps.Consent, options, sources.Content),
        (answers, answer) => answers with { Consent = answer.Confirmed },
        AnswerField.Flag(IntakeSteps.Consent, a => a.Consent))
    {
        InTriage = false,
        Reviewed = false,
        NoBesideFactsAsksAgain = true,
        // "No" is about keeping, not about getting help (INTAKE.md §1): the patient still gets the screen, the
        // questions and the advice; nothing is kept, and the state is cleared with the result.
        NoteWhen = answers => answers.Consent == false ? IntakeContentKeys.ConsentDeclined : null,
    };

    public static readonly IntakeQuestion Emergency = new(
        IntakeSteps.Emergency,
        (sources, options) => PromptDialog.Choice(IntakeSteps.Emergency, options, sources.Content, ChoiceList.FromContent(sources.Content, IntakeSteps.Emergency, AnswerCodes.Emergency), multiple: true),
        (answers, answer) => answers with { Emergency = answer.Choices },
        AnswerField.Several(IntakeSteps.Emergency, [.. AnswerCodes.Emergency, .. AnswerCodes.EmergencyTyped], a => a.Emergency))
    {
        Reviewed = false,
        Validator = SignsOverNone,
        StopWhen = answers => answers.Emergency?.Any(code => code != AnswerCodes.None) == true ? EmergencyStop : null,
    };

    public static readonly IntakeQuestion Location = new(
        IntakeSteps.Location,
        (sources, options) => PromptDialog.Choice(IntakeSteps.Location, options, sources.Content, ChoiceList.FromContent(sources.Content, IntakeSteps.Location, AnswerCodes.Location), multiple: true),
        (answers, answer) => answers with { Locations = answer.Choices },
        AnswerField.Several(IntakeSteps.Location, AnswerCodes.Location, a => a.Locations))
    {
        FilledAhead = true,
    };

    /// <summary>The age of the person with the spasms, as a band: a button, or a typed number or phrase ("I'm 70", "tengo 45 años").</summary>
    public static readonly IntakeQuestion Age = new(
        IntakeSteps.Age,
        (sources, options) =>
        {
            var choices = QuestionChoices.For(IntakeSteps.Age, AnswerCodes.Age);
            return new PromptDialog(IntakeSteps.Age, options, new BucketAnswerRecognizer(choices, new ChoiceRecognizer(sources.Content, choices, PromptKeys.Connectors), new AgeRecognizer(sources.Content).Recognize));
        },
        (answers, answer) => answers with { Age = answer.Choice },
        AnswerField.One(IntakeSteps.Age, AnswerCodes.Age, a => a.Age))
    {
        // Never filled ahead (a safety question), and its numbers are years: not read for other facts.
        ReadForFacts = false,
    };

    /// <summary>The standard red flags for back and muscle pain, read by the understanding layer when typed.</summary>
    public static readonly IntakeQuestion Background = new(
        IntakeSteps.Background,
        (sources, options) =>
        {
            var choices = QuestionChoices.For(IntakeSteps.Background, AnswerCodes.Background);
            return new PromptDialog(IntakeSteps.Background, options, new BackgroundAnswerRecognizer(choices, new ChoiceRecognizer(sources.Content, choices, PromptKeys.Connectors), sources.Reader));
        },
        (answers, answer) => answers with { Background = answer.Choices },
        AnswerField.Several(IntakeSteps.Background, AnswerCodes.Background, a => a.Background))
    {
        // Never filled ahead: a safety question of several answers, so "I'm pregnant" said early must not stop the
        // patient from being asked about cancer, fever and the rest.
        Validator = SignsOverNone,
    };

    /// <summary>
    /// Every question, in order (INTAKE.md §2): consent, the emergency screen, the age, the body location, the
    /// questions about the spasms, then the background red flags.
    /// </summary>
    public static readonly IReadOnlyList<IntakeQuestion> All = [Consent, Emergency, Age, Location, .. SpasmQuestions.All, Background];

    /// <summary>"None of these" together with a sign means the sign: on a safety screen, doubt counts as yes.</summary>
    public static ValueTask<PromptCheck> SignsOverNone(PromptAnswer answer, DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Choices is { Count: > 1 } codes && codes.Contains(AnswerCodes.None))
        {
            return ValueTask.FromResult(PromptCheck.Accept(answer with { Choices = [.. codes.Where(c => c != AnswerCodes.None)] }));
        }

        return ValueTask.FromResult(PromptCheck.Accept(answer));
    }
}
