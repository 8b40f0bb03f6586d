namespace Intake.Dialogs.Understanding;

/// <summary>A word being stemmed: a fixed buffer with a moving end, and the suffix tests both stemmers need.</summary>
internal ref struct SuffixBuffer
{
    private readonly Span<char> chars;

    public SuffixBuffer(Span<char> buffer, string word)
    {
        chars = buffer;
        word.AsSpan().CopyTo(buffer);
        Length = word.Length;
    }

    public int Length { get; set; }

    public readonly char this[int index]
    {
        get => chars[index];
        set => chars[index] = value;
    }

    public readonly bool EndsWith(string suffix)
        => suffix.Length <= Length && chars[(Length - suffix.Length)..Length].SequenceEqual(suffix);

    /// <summary>True when the word, cut back by <paramref name="cut"/> letters, ends with <paramref name="suffix"/>.</summary>
    public readonly bool EndsWithBefore(int cut, string suffix)
        => suffix.Length <= Length - cut && chars[(Length - cut - suffix.Length)..(Length - cut)].SequenceEqual(suffix);

    /// <summary>The longest of <paramref name="suffixes"/> the word ends with, or null.</summary>
    public readonly string? Longest(string[] suffixes, int notBefore = 0)
    {
        string? best = null;
        foreach (var suffix in suffixes)
        {
            if ((best is null || suffix.Length > best.Length) && Length - suffix.Length >= notBefore && EndsWith(suffix))
            {
                best = suffix;
            }
        }

        return best;
    }

    public void Replace(int cut, string replacement)
    {
        Length -= cut;
        replacement.AsSpan().CopyTo(chars[Length..]);
        Length += replacement.Length;
    }

    public readonly bool Is(string word) => chars[..Length].SequenceEqual(word);

    public override readonly string ToString() => new(chars[..Length]);

    /// <summary>The Snowball region after the first non-vowel that follows a vowel, searched from <paramref name="from"/>.</summary>
    public readonly int RegionAfter(int from, Func<char, bool> isVowel)
    {
        for (var i = from + 1; i < Length; i++)
        {
            if (!isVowel(chars[i]) && isVowel(chars[i - 1]))
            {
                return i + 1;
            }
        }

        return Length;
    }

    public static bool IsPlainWord(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
