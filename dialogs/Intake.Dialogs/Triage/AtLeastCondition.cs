using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Triage;

/// <summary><c>{ field, atLeast: n }</c>: the number answered is n or more.</summary>
internal sealed record AtLeastCondition(AnswerField Field, int Minimum) : TriageCondition
{
    public override bool Matches(IntakeAnswers answers) => Field.ReadNumber(answers) >= Minimum;
}
