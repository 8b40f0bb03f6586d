using Intake.Bots.Choices;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Triage;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The intake's questions in the order they are asked (INTAKE.md §1–2): consent, the emergency screen
/// (first, right after consent), the body location, then <see cref="SpasmQuestions"/>.
/// </summary>
internal static class IntakeQuestions
{
    /// <summary>How the intake stops on any emergency sign: the result at once, which for a sign is the 911 message.</summary>
    public static readonly IntakeStop EmergencyStop = new(MessageKey: null, ShowResult: true);

    public static readonly IntakeQuestion Consent = new(
        IntakeSteps.Consent,
        (content, options) => PromptDialog.Confirm(IntakeSteps.Consent, options, content),
        (answers, answer) => answers with { Consent = answer.Confirmed },
        AnswerField.Flag(IntakeSteps.Consent, a => a.Consent))
    {
        InTriage = false,
        Reviewed = false,
        StopWhen = answers => answers.Consent == false ? new IntakeStop(IntakeContentKeys.ConsentDeclined, Forget: true) : null,
    };

    public static readonly IntakeQuestion Emergency = new(
        IntakeSteps.Emergency,
        (content, options) => PromptDialog.Choice(IntakeSteps.Emergency, options, content, ChoiceList.FromContent(content, IntakeSteps.Emergency, AnswerCodes.Emergency), multiple: true),
        (answers, answer) => answers with { Emergency = answer.Choices },
        AnswerField.Several(IntakeSteps.Emergency, [.. AnswerCodes.Emergency, .. AnswerCodes.EmergencyTyped], a => a.Emergency))
    {
        Reviewed = false,
        Validator = SignsOverNone,
        StopWhen = answers => answers.Emergency?.Any(code => code != AnswerCodes.None) == true ? EmergencyStop : null,
    };

    public static readonly IntakeQuestion Location = new(
        IntakeSteps.Location,
        (content, options) => PromptDialog.Choice(IntakeSteps.Location, options, content, ChoiceList.FromContent(content, IntakeSteps.Location, AnswerCodes.Location), multiple: true),
        (answers, answer) => answers with { Locations = answer.Choices },
        AnswerField.Several(IntakeSteps.Location, AnswerCodes.Location, a => a.Locations));

    /// <summary>Every question, in order: the opening, then the questions about the spasms.</summary>
    public static readonly IReadOnlyList<IntakeQuestion> All = [Consent, Emergency, Location, .. SpasmQuestions.All];

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
