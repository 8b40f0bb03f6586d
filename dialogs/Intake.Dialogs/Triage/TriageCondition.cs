using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Triage;

/// <summary>A condition of a triage rule over the answers: pure, deterministic, no I/O.</summary>
internal abstract record TriageCondition
{
    /// <summary>Whether the answers meet the condition. An unanswered question meets nothing.</summary>
    public abstract bool Matches(IntakeAnswers answers);
}
