using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Triage;

/// <summary>One answer a rule can test: its name (the question's step id), its shape, its codes and how to read it.</summary>
internal sealed record AnswerField(string Name, AnswerFieldKind Kind, IReadOnlyList<string> Codes)
{
    /// <summary>The codes answered (a single code as a list of one); <c>null</c> when unanswered.</summary>
    public Func<IntakeAnswers, IReadOnlyList<string>?> ReadCodes { get; init; } = _ => null;

    /// <summary>The yes/no answer; <c>null</c> when unanswered.</summary>
    public Func<IntakeAnswers, bool?> ReadFlag { get; init; } = _ => null;

    /// <summary>The number answered; <c>null</c> when unanswered.</summary>
    public Func<IntakeAnswers, int?> ReadNumber { get; init; } = _ => null;
}
