namespace Intake.Dialogs.Recognizers;

/// <summary>The patient's language first, then the others: a Spanish speaker may still type "yes".</summary>
internal static class LanguageOrder
{
    public static IEnumerable<string> Starting(IReadOnlyList<string> languages, string first)
        => languages.Where(l => l == first).Concat(languages.Where(l => l != first));
}
