using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Triage;

/// <summary><c>all: [...]</c>: every part holds.</summary>
internal sealed record AllCondition(IReadOnlyList<TriageCondition> Parts) : TriageCondition
{
    public override bool Matches(IntakeAnswers answers) => Parts.All(p => p.Matches(answers));
}
