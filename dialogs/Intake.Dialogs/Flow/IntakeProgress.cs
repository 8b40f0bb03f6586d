using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Flow;

/// <summary>The intake waterfall's values: the answers so far, and the question being changed from the summary.</summary>
public sealed record IntakeProgress
{
    public IntakeAnswers Answers { get; init; } = new();

    /// <summary>The step id of the answer the patient chose to change at the summary; back to the summary after it.</summary>
    public string? Changing { get; init; }
}
