using System.Globalization;
using System.Text.RegularExpressions;
using Intake.Bots.Content;

namespace Intake.Dialogs.Recognizers;

/// <summary>
/// Pain from 0 to 10, from typed words: "7/10" and "7 out of 10" first, then a number ("7",
/// "seven"), then words ("mild" → 2, "moderate" → 5, "really bad" → 8, "worst ever" → 10, from the
/// content's <c>intensity.words.{score}</c>). When several are named, the highest counts.
/// </summary>
internal sealed partial class IntensityRecognizer
{
    private readonly Dictionary<string, QuantityReader> _numbers;
    private readonly Dictionary<string, PhraseFinder<int>> _words;
    private readonly Dictionary<string, PhraseFinder<bool>> _outOf;
    private readonly IReadOnlyList<string> _languages;

    public IntensityRecognizer(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _languages = content.Languages;
        _numbers = content.Languages.ToDictionary(l => l, l => new QuantityReader(content, l), StringComparer.Ordinal);
        _outOf = content.Languages.ToDictionary(l => l, l => new PhraseFinder<bool>(content.List(l, "words.out-of").Select(p => (p, true))), StringComparer.Ordinal);
        const string prefix = "intensity.words.";
        _words = content.Languages.ToDictionary(
            l => l,
            l => new PhraseFinder<int>(content.KeysStartingWith(prefix).SelectMany(key =>
                content.List(l, key).Select(p => (p, int.Parse(key[prefix.Length..], CultureInfo.InvariantCulture))))),
            StringComparer.Ordinal);
    }

    /// <summary>A score from 0 to 10, or <c>null</c> when the words name none.</summary>
    public int? Recognize(string? text, string language)
    {
        // "-2" is no score on a 0-10 scale: asked again, never read as 2 ("7-8", a range, is not negative).
        if (text is not null && NegativeNumber().IsMatch(text))
        {
            return null;
        }

        if (text is not null && SlashScore().Match(text) is { Success: true } slash)
        {
            return Score(int.Parse(slash.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        var words = TextNormalizer.Words(text);
        foreach (var lang in LanguageOrder.Starting(_languages, language))
        {
            var numbers = _numbers[lang].Find(words).Where(m => m.Value.Kind == QuantityWordKind.Number).ToList();
            var outOf = _outOf[lang].Find(words);
            var scored = numbers.FirstOrDefault(n => outOf.Any(o => o.Start == n.End && o.End < words.Length && words[o.End] == "10"));
            if (scored.Length > 0)
            {
                return Score(scored.Value.Amount);
            }

            var scores = numbers.Select(n => n.Value.Amount).Where(n => n is >= 0 and <= 10).ToList();
            if (scores.Count > 0)
            {
                return Score(scores.Max());
            }
        }

        foreach (var lang in LanguageOrder.Starting(_languages, language))
        {
            var named = _words[lang].Find(words);
            if (named.Count > 0)
            {
                return named.Max(m => m.Value);
            }
        }

        return null;
    }

    private static int? Score(double value) => value is >= 0 and <= 10 ? (int)value : null;

    [GeneratedRegex(@"(?<!\d)(\d{1,2})\s*/\s*10(?!\d)")]
    private static partial Regex SlashScore();

    [GeneratedRegex(@"(?<![\w.])[-\u2212]\s*\d")]
    private static partial Regex NegativeNumber();
}
