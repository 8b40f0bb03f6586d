namespace Intake.Dialogs.Recognizers;

/// <summary>
/// Finds known phrases in a message as whole words. Longer phrases win over the shorter ones they
/// overlap ("no stretching" over "no"), so each word counts for at most one meaning.
/// </summary>
internal sealed class PhraseFinder<T>
{
    private readonly List<(string[] Words, T Value)> _phrases;

    // The positions in _phrases of the phrases that begin with each word: a phrase whose first word is not in
    // the text cannot match, so only these are tried (in the same order, so the result is the same).
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);

    public PhraseFinder(IEnumerable<(string Phrase, T Value)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = [.. phrases
            .Select(p => (Words: TextNormalizer.Words(p.Phrase), p.Value))
            .Where(p => p.Words.Length > 0)
            .OrderByDescending(p => p.Words.Length)];
        for (var i = 0; i < _phrases.Count; i++)
        {
            var first = _phrases[i].Words[0];
            if (!_byFirstWord.TryGetValue(first, out var positions))
            {
                _byFirstWord[first] = positions = [];
            }

            positions.Add(i);
        }
    }

    /// <summary>The phrases found, in message order, none overlapping another.</summary>
    public IReadOnlyList<PhraseMatch<T>> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var taken = new bool[words.Count];
        var found = new List<PhraseMatch<T>>();
        foreach (var candidate in Candidates(words))
        {
            var (phrase, value) = _phrases[candidate];
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

    private List<int> Candidates(IReadOnlyList<string> words)
    {
        var candidates = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (_byFirstWord.TryGetValue(words[i], out var positions) && !Seen(words, i))
            {
                candidates.AddRange(positions);
            }
        }

        candidates.Sort();
        return candidates;
    }

    // The word already came earlier in the text: its phrases are candidates already.
    private static bool Seen(IReadOnlyList<string> words, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(words[i], words[index], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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
