using System.Globalization;
using System.Text.RegularExpressions;
using Intake.Bots.Content;

namespace Intake.Bots.Recognizers;

/// <summary>
/// Finds the first number in an answer: digits ("7", "7.5", "7,5", "7/10", "7 out of 10") or a number
/// word from the content lists <c>{prefix}.{value}</c> ("seven", "siete").
/// </summary>
internal sealed partial class NumberRecognizer
{
    private readonly Dictionary<string, Dictionary<string, int>> _words = new(StringComparer.OrdinalIgnoreCase);

    public NumberRecognizer(ContentCatalog content, string wordsPrefix)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(wordsPrefix);
        var prefix = wordsPrefix + ".";
        foreach (var language in content.Languages)
        {
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in content.KeysStartingWith(prefix))
            {
                if (!int.TryParse(key.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    throw new ContentException($"The number word key '{key}' must end with the number it names.");
                }

                foreach (var word in content.List(language, key))
                {
                    words[TextNormalizer.Normalize(word)] = value;
                }
            }

            _words[language] = words;
        }
    }

    /// <summary>The first number in <paramref name="text"/>, or <c>null</c>.</summary>
    public decimal? Recognize(string? text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Whichever comes first wins: "seven, maybe 8" is 7; "7 out of ten" is 7.
        var normalized = TextNormalizer.Normalize(text);
        var digitsAt = DigitsPattern().Match(normalized) is { Success: true } d ? d.Index : int.MaxValue;
        var word = FirstWord(normalized, language);
        if (word.Value is null)
        {
            word = _words.Keys.Where(l => !string.Equals(l, language, StringComparison.OrdinalIgnoreCase))
                .Select(l => FirstWord(normalized, l)).FirstOrDefault(w => w.Value is not null, word);
        }

        if (word.Value is { } fromWord && word.At < digitsAt)
        {
            return fromWord;
        }

        var digits = DigitsPattern().Match(text);
        return digits.Success
            && decimal.TryParse(digits.Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private (int? Value, int At) FirstWord(string normalized, string language)
    {
        var best = (Value: (int?)null, At: int.MaxValue);
        if (!_words.TryGetValue(language, out var words))
        {
            return best;
        }

        foreach (var (phrase, value) in words)
        {
            var at = PhraseMatcher.IndexOf(normalized, phrase);
            if (at >= 0 && at < best.At)
            {
                best = (value, at);
            }
        }

        return best;
    }

    [GeneratedRegex(@"-?\d+(?:[.,]\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex DigitsPattern();
}
