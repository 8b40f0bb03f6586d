using System.Text.RegularExpressions;

namespace Intake.UnitTests.Dialogs.Content;

/// <summary>
/// The Flesch–Kincaid grade level: 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59,
/// with the usual English syllable estimate (vowel groups, a silent final e, -es and -ed not counted).
/// </summary>
internal static partial class ReadingLevel
{
    /// <summary>
    /// Names the clinic's article and the specification require (the clinic, the conditions and the
    /// treatments), each explained in plain words where it appears: counted as one two-syllable word,
    /// so that the grade measures the sentences around them.
    /// </summary>
    public static readonly IReadOnlyList<string> Glossary =
    [
        "Primary Health Centers", "physical therapy", "physical therapist", "multiple sclerosis", "dystonia",
        "ALS", "TENS", "ultrasound", "potassium", "magnesium", "calcium", "emergency room",
    ];

    public static double Grade(IReadOnlyList<string> sentences)
    {
        var words = 0;
        var syllables = 0;
        var count = 0;
        foreach (var sentence in sentences)
        {
            foreach (var part in SentenceEnd().Split(Prepare(sentence)))
            {
                var partWords = Word().Matches(part).Select(m => m.Value).ToList();
                if (partWords.Count == 0)
                {
                    continue;
                }

                count++;
                words += partWords.Count;
                syllables += partWords.Sum(Syllables);
            }
        }

        return words == 0 ? 0 : (0.39 * words / count) + (11.8 * syllables / words) - 15.59;
    }

    public static int WordCount(string text) => Word().Count(Prepare(text));

    public static int Syllables(string word)
    {
        if (word == "GLOSSARYTERM")
        {
            return 2;
        }

        word = word.ToLowerInvariant();
        if (word.All(char.IsAsciiDigit) || word.Length <= 3)
        {
            return 1;
        }

        word = SilentEnding().Replace(word, string.Empty);
        word = word.TrimStart('y');
        return Math.Max(1, VowelGroup().Count(word));
    }

    private static string Prepare(string text)
    {
        var prepared = Placeholder().Replace(text, "it");
        foreach (var term in Glossary)
        {
            prepared = prepared.Replace(term, "GLOSSARYTERM", StringComparison.Ordinal);
        }

        return prepared;
    }

    [GeneratedRegex(@"[.!?:;\n]+(\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[A-Za-z0-9]+(['’][a-z]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
