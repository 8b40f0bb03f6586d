using Intake.Bots.Content;
using Intake.Bots.Recognizers;

namespace Intake.Bots.Choices;

/// <summary>
/// Recognises choices in any form: a card's submitted codes, a number ("2", "1 and 3"), or phrases found
/// in typed text (label, code or a synonym: "my calves and lower back" → legs, back). Phrases are
/// normalized once per language at start-up.
/// </summary>
public sealed class ChoiceRecognizer
{
    private readonly ChoiceList _choices;
    private readonly Dictionary<string, (string Code, string Phrase)[]> _phrases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _connectors = new(StringComparer.OrdinalIgnoreCase);

    public ChoiceRecognizer(ContentCatalog content, ChoiceList choices, string? connectorsKey)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(choices);
        _choices = choices;
        foreach (var language in content.Languages)
        {
            var phrases = new List<(string, string)>();
            foreach (var choice in choices.Items)
            {
                phrases.Add((choice.Code, TextNormalizer.Normalize(choice.Code)));
                phrases.Add((choice.Code, TextNormalizer.Normalize(content.Text(language, choice.LabelKey))));
                if (choice.SynonymsKey is { } synonyms)
                {
                    phrases.AddRange(content.List(language, synonyms).Select(s => (choice.Code, TextNormalizer.Normalize(s))));
                }
            }

            _phrases[language] = [.. phrases.Where(p => p.Item2.Length > 0).Distinct().OrderByDescending(p => p.Item2.Length)];
            _connectors[language] = connectorsKey is not null && content.Has(connectorsKey)
                ? content.List(language, connectorsKey).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal)
                : [];
        }
    }

    /// <summary>The recognised codes in list order, or <c>null</c>; a single-select answer naming several is not recognised.</summary>
    public IReadOnlyList<string>? Recognize(UserInput input, string language, bool multiple)
    {
        ArgumentNullException.ThrowIfNull(input);
        var codes = input.CardChoices is { } card ? FromCard(card) : FromText(input.Text, language);
        return codes is null || codes.Count == 0 || (!multiple && codes.Count > 1) ? null : codes;
    }

    private List<string>? FromCard(IReadOnlyList<string> submitted)
    {
        var known = submitted.Select(_choices.Find).OfType<Choice>().Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        return known.Count == submitted.Count ? InListOrder(known) : null;
    }

    private List<string>? FromText(string? text, string language)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        // A patient may answer in the other language ("sí" in an English conversation): try it after their own.
        return FromNumbers(normalized, language)
            ?? FromPhrases(normalized, language)
            ?? _phrases.Keys.Where(l => !string.Equals(l, language, StringComparison.OrdinalIgnoreCase))
                .Select(l => FromPhrases(normalized, l)).FirstOrDefault(found => found is not null);
    }

    private List<string>? FromNumbers(string normalized, string language)
    {
        var connectors = _connectors.GetValueOrDefault(language) ?? [];
        var picked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in normalized.Split(' '))
        {
            if (connectors.Contains(token))
            {
                continue;
            }

            if (!int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                || number < 1 || number > _choices.Count)
            {
                return null;
            }

            picked.Add(_choices.Items[number - 1].Code);
        }

        return picked.Count == 0 ? null : InListOrder(picked);
    }

    private List<string>? FromPhrases(string normalized, string language)
    {
        if (!_phrases.TryGetValue(language, out var phrases))
        {
            return null;
        }

        // Longest phrases first; a shorter phrase inside text an accepted one already covers does not count.
        var covered = new bool[normalized.Length];
        var picked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, phrase) in phrases)
        {
            var at = PhraseMatcher.IndexOf(normalized, phrase);
            if (at < 0 || covered.AsSpan(at, phrase.Length).Contains(true))
            {
                continue;
            }

            covered.AsSpan(at, phrase.Length).Fill(true);
            picked.Add(code);
        }

        return picked.Count == 0 ? null : InListOrder(picked);
    }

    private List<string> InListOrder(HashSet<string> codes)
        => [.. _choices.Items.Select(c => c.Code).Where(codes.Contains)];
}
