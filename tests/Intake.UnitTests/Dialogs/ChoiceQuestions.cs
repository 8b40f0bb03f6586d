using Intake.Dialogs.Flow;
using Intake.Dialogs.Triage;

namespace Intake.UnitTests.Dialogs;

/// <summary>The questions whose choices live in questions.yaml as <c>{step}.choices.{code}</c>, with their codes: read from the question table.</summary>
internal static class ChoiceQuestions
{
    private static readonly IReadOnlyList<string> YesNo = ["yes", "no"];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByStep = SpasmQuestions.All
        .Where(q => q.Answer.Kind != AnswerFieldKind.Number)
        .ToDictionary(q => q.Step, q => q.Answer.Kind == AnswerFieldKind.Flag ? YesNo : q.Answer.Codes, StringComparer.Ordinal);
}
