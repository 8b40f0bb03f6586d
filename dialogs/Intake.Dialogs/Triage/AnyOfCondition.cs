using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Triage;

/// <summary><c>{ field, anyOf: [codes] }</c> (or <c>equals: code</c>): the answer holds one of the codes.</summary>
internal sealed record AnyOfCondition(AnswerField Field, IReadOnlyList<string> Codes) : TriageCondition
{
    public override bool Matches(IntakeAnswers answers)
        => Field.ReadCodes(answers) is { } answered && answered.Any(code => Codes.Contains(code, StringComparer.Ordinal));
}
