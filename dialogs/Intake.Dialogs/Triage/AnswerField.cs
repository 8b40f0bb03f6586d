using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Triage;

/// <summary>One answer as rules and the summary read it: its name (the question's step id), its shape, its codes and how to read it.</summary>
internal sealed record AnswerField(string Name, AnswerFieldKind Kind, IReadOnlyList<string> Codes)
{
    /// <summary>The codes answered (a single code as a list of one); <c>null</c> when unanswered.</summary>
    public Func<IntakeAnswers, IReadOnlyList<string>?> ReadCodes { get; init; } = _ => null;

    /// <summary>The yes/no answer; <c>null</c> when unanswered.</summary>
    public Func<IntakeAnswers, bool?> ReadFlag { get; init; } = _ => null;

    /// <summary>The number answered; <c>null</c> when unanswered.</summary>
    public Func<IntakeAnswers, int?> ReadNumber { get; init; } = _ => null;

    /// <summary>Several of <paramref name="codes"/>.</summary>
    public static AnswerField Several(string name, IReadOnlyList<string> codes, Func<IntakeAnswers, IReadOnlyList<string>?> read)
        => new(name, AnswerFieldKind.Codes, codes) { ReadCodes = read };

    /// <summary>One of <paramref name="codes"/>.</summary>
    public static AnswerField One(string name, IReadOnlyList<string> codes, Func<IntakeAnswers, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new(name, AnswerFieldKind.Code, codes) { ReadCodes = a => read(a) is { } code ? [code] : null };
    }

    /// <summary>Yes or no.</summary>
    public static AnswerField Flag(string name, Func<IntakeAnswers, bool?> read) => new(name, AnswerFieldKind.Flag, []) { ReadFlag = read };

    /// <summary>A whole number.</summary>
    public static AnswerField Number(string name, Func<IntakeAnswers, int?> read) => new(name, AnswerFieldKind.Number, []) { ReadNumber = read };
}
