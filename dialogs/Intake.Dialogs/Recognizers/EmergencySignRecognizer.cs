using Intake.Bots.Content;

namespace Intake.Dialogs.Recognizers;

/// <summary>
/// Finds emergency signs in anything the patient types, at any step (<c>emergency-check.phrases.{code}</c>),
/// in every content language: a sign must never be missed because the chat is in the other language. A
/// phrase that follows a negation within two words ("I don't have chest pain") does not count.
/// </summary>
internal sealed class EmergencySignRecognizer
{
    private const int NegationReach = 2;
    private const string Prefix = "emergency-check.phrases.";
    private readonly List<(PhraseFinder<string> Signs, PhraseFinder<bool> Negations)> _languages = [];
    private readonly IReadOnlyList<string> _codes;

    public EmergencySignRecognizer(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _codes = [.. content.KeysStartingWith(Prefix).Select(k => k[Prefix.Length..])];
        foreach (var language in content.Languages)
        {
            var signs = new PhraseFinder<string>(_codes.SelectMany(code => content.List(language, Prefix + code).Select(p => (p, code))));
            var negations = new PhraseFinder<bool>(content.List(language, "emergency-check.negations").Select(p => (p, true)));
            _languages.Add((signs, negations));
        }
    }

    /// <summary>The sign codes named (in content order), or none.</summary>
    public IReadOnlyList<string> Recognize(string? text)
    {
        var words = TextNormalizer.Words(text);
        if (words.Length == 0)
        {
            return [];
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (signs, negations) in _languages)
        {
            var negated = negations.Find(words);
            foreach (var sign in signs.Find(words))
            {
                if (!negated.Any(n => n.End <= sign.Start && n.End >= sign.Start - NegationReach))
                {
                    found.Add(sign.Value);
                }
            }
        }

        return [.. _codes.Where(found.Contains)];
    }
}
