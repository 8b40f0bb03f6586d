using Intake.Dialogs.Answers;

namespace Intake.UnitTests.Dialogs;

/// <summary>The questions whose choices live in questions.yaml as <c>{step}.choices.{code}</c>, with their codes.</summary>
internal static class ChoiceQuestions
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByStep = new Dictionary<string, IReadOnlyList<string>>
    {
        ["duration"] = AnswerCodes.Duration,
        ["history"] = AnswerCodes.History,
        ["worsening"] = ["yes", "no"],
        ["symptoms"] = AnswerCodes.Symptoms,
        ["triggers"] = AnswerCodes.Triggers,
        ["redflags"] = AnswerCodes.RedFlags,
        ["nerve"] = AnswerCodes.Nerve,
    };
}
