using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Triage;

/// <summary><c>always</c>: the fallback rule of the lowest level.</summary>
internal sealed record AlwaysCondition : TriageCondition
{
    public static readonly AlwaysCondition Instance = new();

    public override bool Matches(IntakeAnswers answers) => true;
}
