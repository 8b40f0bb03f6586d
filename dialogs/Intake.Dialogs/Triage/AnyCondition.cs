using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Triage;

/// <summary><c>any: [...]</c>: at least one part holds.</summary>
internal sealed record AnyCondition(IReadOnlyList<TriageCondition> Parts) : TriageCondition
{
    public override bool Matches(IntakeAnswers answers) => Parts.Any(p => p.Matches(answers));
}
