using Intake.Bots.Content;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Recognizers;

/// <summary>
/// Recognizes the choices of one question in typed words, from the content's
/// <c>{step}.choices.{code}.label</c> and <c>.synonyms</c>: several at once ("when I'm hot and
/// tired" → heat, fatigue). The patient's language is tried first, then the others.
/// </summary>
internal sealed class SynonymRecognizer
{
    private readonly IReadOnlyList<string> _codes;
    private readonly Dictionary<string, PhraseFinder<string>> _byLanguage = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _languages;

    public SynonymRecognizer(ContentCatalog content, string step)
    {
        ArgumentNullException.ThrowIfNull(content);
        var prefix = $"{step}.choices.";
        const string suffix = ".synonyms";
        _codes = [.. content.KeysStartingWith(prefix)
            .Where(k => k.EndsWith(suffix, StringComparison.Ordinal))
            .Select(k => k[prefix.Length..^suffix.Length])];
        if (_codes.Count == 0)
        {
            throw new ContentException($"No content defines choices for '{step}' ({prefix}CODE{suffix}).");
        }

        _languages = content.Languages;
        foreach (var language in content.Languages)
        {
            _byLanguage[language] = new PhraseFinder<string>(_codes.SelectMany(code =>
                content.List(language, $"{prefix}{code}{suffix}")
                    .Append(content.Text(language, $"{prefix}{code}.label"))
                    .Select(phrase => (phrase, code))));
        }
    }

    /// <summary>The question's codes, in content order.</summary>
    public IReadOnlyList<string> Codes => _codes;

    /// <summary>The codes named, in content order; "none" only when nothing else was named.</summary>
    public IReadOnlyList<string> Recognize(string? text, string language)
    {
        var words = TextNormalizer.Words(text);
        foreach (var lang in LanguageOrder.Starting(_languages, language))
        {
            var named = _byLanguage[lang].Find(words).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            if (named.Count > 1)
            {
                named.Remove(AnswerCodes.None);
            }

            if (named.Count > 0)
            {
                return [.. _codes.Where(named.Contains)];
            }
        }

        return [];
    }
}
