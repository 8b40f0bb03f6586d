namespace Intake.Dialogs.Recognizers;

/// <summary>
/// Finds known phrases in a message as whole words. Longer phrases win over the shorter ones they
/// overlap ("no stretching" over "no"), so each word counts for at most one meaning.
/// </summary>
internal sealed class PhraseFinder<T>
{
    private readonly List<(string[] Words, T Value)> _phrases;

    public PhraseFinder(IEnumerable<(string Phrase, T Value)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = [.. phrases
            .Select(p => (Words: TextNormalizer.Words(p.Phrase), p.Value))
            .Where(p => p.Words.Length > 0)
            .OrderByDescending(p => p.Words.Length)];
    }

    /// <summary>The phrases found, in message order, none overlapping another.</summary>
    public IReadOnlyList<PhraseMatch<T>> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var taken = new bool[words.Count];
        var found = new List<PhraseMatch<T>>();
        foreach (var (phrase, value) in _phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Count; start++)
            {
                if (IsFree(taken, start, phrase.Length) && At(words, start, phrase))
                {
                    Array.Fill(taken, true, start, phrase.Length);
                    found.Add(new PhraseMatch<T>(value, start, phrase.Length));
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static bool IsFree(bool[] taken, int start, int length) => Array.IndexOf(taken, true, start, length) < 0;

    private static bool At(IReadOnlyList<string> words, int start, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[start + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
