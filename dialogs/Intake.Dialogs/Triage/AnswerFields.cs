using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Triage;

/// <summary>The answers the triage rules may name, by their question's step id.</summary>
internal static class AnswerFields
{
    public static readonly IReadOnlyDictionary<string, AnswerField> ByName = new[]
    {
        List("emergency", AnswerCodes.Emergency, a => a.Emergency),
        List("location", AnswerCodes.Location, a => a.Locations),
        Single("duration", AnswerCodes.Duration, a => a.Duration),
        Single("history", AnswerCodes.History, a => a.History),
        new AnswerField("worsening", AnswerFieldKind.Flag, []) { ReadFlag = a => a.Worsening },
        new AnswerField("intensity", AnswerFieldKind.Number, []) { ReadNumber = a => a.Intensity },
        List("symptoms", AnswerCodes.Symptoms, a => a.Symptoms),
        List("triggers", AnswerCodes.Triggers, a => a.Triggers),
        List("redflags", AnswerCodes.RedFlags, a => a.RedFlags),
        List("nerve", AnswerCodes.Nerve, a => a.Nerve),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    private static AnswerField List(string name, IReadOnlyList<string> codes, Func<IntakeAnswers, IReadOnlyList<string>?> read)
        => new(name, AnswerFieldKind.Codes, codes) { ReadCodes = read };

    private static AnswerField Single(string name, IReadOnlyList<string> codes, Func<IntakeAnswers, string?> read)
        => new(name, AnswerFieldKind.Code, codes) { ReadCodes = a => read(a) is { } code ? [code] : null };
}
