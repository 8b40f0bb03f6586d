using Intake.Dialogs.Answers;

namespace Intake.UnitTests.Dialogs.Triage;

/// <summary>A patient whose answers match no rule but self-care: each test changes only what it is about.</summary>
internal static class QuietAnswers
{
    public static IntakeAnswers Patient { get; } = new()
    {
        Consent = true,
        Emergency = [AnswerCodes.None],
        Age = "18-49",
        Locations = ["legs"],
        Duration = "seconds",
        History = "days",
        Worsening = false,
        Intensity = 3,
        Symptoms = ["tightness"],
        Triggers = ["heat"],
        RedFlags = [AnswerCodes.None],
        Nerve = [AnswerCodes.None],
        Background = [AnswerCodes.None],
    };
}
