using System.Collections.Frozen;

namespace Intake.Dialogs.Understanding;

/// <summary>
/// A language's lexicon words as small integers: a typed word is known by its form, else by its stem, else —
/// when it has five letters or more and is not a known word of its own — by one typo.
/// </summary>
internal sealed class Vocabulary
{
    public const int Unknown = -1;
    private const int FuzzyMinimum = 5;

    private readonly FrozenDictionary<string, int> forms;
    private readonly FrozenDictionary<string, int> stems;
    private readonly FrozenSet<string> known;
    private readonly (string Text, int Id)[][] byLength;

    public Vocabulary(IReadOnlyDictionary<string, int> forms, IReadOnlyDictionary<string, int> stems, IEnumerable<string> known)
    {
        this.forms = forms.ToFrozenDictionary(StringComparer.Ordinal);
        this.stems = stems.ToFrozenDictionary(StringComparer.Ordinal);
        this.known = known.ToFrozenSet(StringComparer.Ordinal);
        var longest = forms.Keys.Concat(stems.Keys).Select(word => word.Length).DefaultIfEmpty(0).Max();
        var lists = new List<(string, int)>[longest + 2];
        foreach (var (text, id) in forms.Concat(stems))
        {
            if (text.Length >= FuzzyMinimum)
            {
                (lists[text.Length] ??= []).Add((text, id));
            }
        }

        byLength = [.. lists.Select(list => list is null ? [] : list.Distinct().ToArray())];
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
            return Unknown;
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

    private int Nearest(string word)
    {
        for (var length = Math.Max(FuzzyMinimum, word.Length - 1); length <= word.Length + 1 && length < byLength.Length; length++)
        {
            foreach (var (text, id) in byLength[length])
            {
                if (EditDistance.IsWithinOne(word, text))
                {
                    return id;
                }
            }
        }

        return Unknown;
    }
}
