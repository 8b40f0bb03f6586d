using System.Collections.Frozen;

namespace Intake.Dialogs.Understanding;

/// <summary>
/// A language's lexicon words as small integers: a typed word is known by its form, else by its stem, else —
/// when it has five letters or more and is not a known word of its own — by one typo.
/// </summary>
internal sealed class Vocabulary
{
    public const int Unknown = -1;

    /// <summary>The lexicon's word for "any number" ("hace _n años", "_n years ago").</summary>
    public const string AnyNumber = "_n";
    private const int FuzzyMinimum = 5;

    private readonly FrozenDictionary<string, int> forms;
    private readonly FrozenDictionary<string, int> stems;
    private readonly FrozenSet<string> known;
    private readonly FrozenDictionary<int, (string Text, int Id)[]> byEnd;

    public Vocabulary(IReadOnlyDictionary<string, int> forms, IReadOnlyDictionary<string, int> stems, IEnumerable<string> known)
    {
        this.forms = forms.ToFrozenDictionary(StringComparer.Ordinal);
        this.stems = stems.ToFrozenDictionary(StringComparer.Ordinal);
        this.known = known.ToFrozenSet(StringComparer.Ordinal);
        // One edit leaves the first or the last letter in place, so candidates are found by length and either end.
        var entries = forms.Concat(stems).Where(entry => entry.Key.Length >= FuzzyMinimum).Select(entry => (Text: entry.Key, Id: entry.Value)).ToList();
        byEnd = entries.Select(e => (Key: EndKey(e.Text.Length, e.Text[0], first: true), Entry: e))
            .Concat(entries.Select(e => (Key: EndKey(e.Text.Length, e.Text[^1], first: false), Entry: e)))
            .GroupBy(pair => pair.Key, pair => pair.Entry)
            .ToFrozenDictionary(group => group.Key, group => group.Distinct().ToArray());
    }

    public int Count => stems.Count == 0 ? 0 : stems.Values.Max() + 1;

    /// <summary>The id of a lexicon word as it is written in the data (already normalised and stemmed).</summary>
    public int OfStem(string stem) => stems.TryGetValue(stem, out var id) ? id : Unknown;

    /// <summary>The id a typed word stands for, or <see cref="Unknown"/>.</summary>
    public int Resolve(string word, IStemmer stemmer)
    {
        if (forms.TryGetValue(word, out var id))
        {
            return id;
        }

        if (char.IsDigit(word[0]))
        {
            return forms.TryGetValue(AnyNumber, out id) ? id : Unknown;
        }

        var stem = stemmer.Stem(word);
        if (stems.TryGetValue(stem, out id))
        {
            return id;
        }

        if (word.Length < FuzzyMinimum || known.Contains(word))
        {
            return Unknown;
        }

        var fuzzy = Nearest(word);
        return fuzzy != Unknown || stem.Length < FuzzyMinimum ? fuzzy : Nearest(stem);
    }

    private static int EndKey(int length, char letter, bool first) => (length << 17) | (first ? 1 << 16 : 0) | letter;

    private int Nearest(string word)
    {
        for (var length = Math.Max(FuzzyMinimum, word.Length - 1); length <= word.Length + 1; length++)
        {
            for (var end = 0; end < 2; end++)
            {
                var key = end == 0 ? EndKey(length, word[0], first: true) : EndKey(length, word[^1], first: false);
                if (!byEnd.TryGetValue(key, out var candidates))
                {
                    continue;
                }

                foreach (var (text, id) in candidates)
                {
                    if (EditDistance.IsWithinOne(word, text))
                    {
                        return id;
                    }
                }
            }
        }

        return Unknown;
    }
}
