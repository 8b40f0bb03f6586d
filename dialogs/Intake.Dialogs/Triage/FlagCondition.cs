using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Triage;

/// <summary><c>{ field, equals: true|false }</c>: the yes/no answer is the value.</summary>
internal sealed record FlagCondition(AnswerField Field, bool Value) : TriageCondition
{
    public override bool Matches(IntakeAnswers answers) => Field.ReadFlag(answers) == Value;
}
