using System.Collections.Frozen;

namespace Intake.Dialogs.Understanding;

/// <summary>
/// The Snowball English stemmer ("Porter2"), written from its published description. Step 0 (apostrophes)
/// is left out because the tokenizer has already dropped apostrophes.
/// </summary>
internal sealed class EnglishStemmer : IStemmer
{
    private static readonly FrozenDictionary<string, string> Invariant = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["skis"] = "ski",
        ["skies"] = "sky",
        ["dying"] = "die",
        ["lying"] = "lie",
        ["tying"] = "tie",
        ["idly"] = "idl",
        ["gently"] = "gentl",
        ["ugly"] = "ugli",
        ["early"] = "earli",
        ["only"] = "onli",
        ["singly"] = "singl",
        ["sky"] = "sky",
        ["news"] = "news",
        ["howe"] = "howe",
        ["atlas"] = "atlas",
        ["cosmos"] = "cosmos",
        ["bias"] = "bias",
        ["andes"] = "andes",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] AfterStep1A = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];
    private static readonly string[] Step1B = ["eed", "eedly", "ed", "edly", "ing", "ingly"];
    private static readonly string[] Doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];

    private static readonly string[] Step2 =
    [
        "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational", "ation", "ator", "alism", "aliti", "alli",
        "fulness", "ousli", "ousness", "iveness", "iviti", "biliti", "bli", "ogi", "fulli", "lessli", "li",
    ];

    private static readonly string[] Step2Replacements =
    [
        "tion", "ence", "ance", "able", "ent", "ize", "ize", "ate", "ate", "ate", "al", "al", "al",
        "ful", "ous", "ous", "ive", "ive", "ble", "ble", "og", "ful", "less", "",
    ];

    private static readonly string[] Step3 = ["tional", "ational", "alize", "icate", "iciti", "ical", "ful", "ness", "ative"];
    private static readonly string[] Step3Replacements = ["tion", "ate", "al", "ic", "ic", "ic", "", "", ""];

    private static readonly string[] Step4 =
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion"];

    private static readonly Func<char, bool> Vowel = IsVowel;

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2 || !SuffixBuffer.IsPlainWord(word))
        {
            return word;
        }

        if (Invariant.TryGetValue(word, out var special))
        {
            return special;
        }

        var w = new SuffixBuffer(word.Length <= 60 ? stackalloc char[word.Length + 4] : new char[word.Length + 4], word);
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1])))
            {
                w[i] = 'Y';
            }
        }

        var r1 = word.StartsWith("gener", StringComparison.Ordinal) || word.StartsWith("arsen", StringComparison.Ordinal) ? 5
            : word.StartsWith("commun", StringComparison.Ordinal) ? 6
            : w.RegionAfter(0, Vowel);
        var r2 = w.RegionAfter(r1, Vowel);

        Step1A(ref w);
        foreach (var exception in AfterStep1A)
        {
            if (w.Is(exception))
            {
                return exception;
            }
        }

        Step1BAnd1C(ref w, r1);
        ReplaceInRegion(ref w, Step2, Step2Replacements, r1);
        ReplaceInRegion(ref w, Step3, Step3Replacements, r1, r2);
        Step4And5(ref w, r1, r2);

        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == 'Y')
            {
                w[i] = 'y';
            }
        }

        return w.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void Step1A(ref SuffixBuffer w)
    {
        if (w.EndsWith("sses"))
        {
            w.Replace(2, string.Empty);
        }
        else if (w.EndsWith("ied") || w.EndsWith("ies"))
        {
            w.Replace(w.Length > 4 ? 2 : 1, string.Empty);
        }
        else if (w.EndsWith("us") || w.EndsWith("ss"))
        {
            return;
        }
        else if (w.EndsWith("s") && HasVowel(w, w.Length - 2))
        {
            w.Replace(1, string.Empty);
        }
    }

    private static void Step1BAnd1C(ref SuffixBuffer w, int r1)
    {
        var suffix = w.Longest(Step1B);
        if (suffix is "eed" or "eedly")
        {
            if (w.Length - suffix.Length >= r1)
            {
                w.Replace(suffix.Length, "ee");
            }
        }
        else if (suffix is not null && HasVowel(w, w.Length - suffix.Length))
        {
            w.Replace(suffix.Length, string.Empty);
            if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz"))
            {
                w.Replace(0, "e");
            }
            else if (w.Longest(Doubles) is not null)
            {
                w.Replace(1, string.Empty);
            }
            else if (r1 >= w.Length && EndsInShortSyllable(w, w.Length))
            {
                w.Replace(0, "e");
            }
        }

        if (w.Length > 2 && (w[w.Length - 1] is 'y' or 'Y') && !IsVowel(w[w.Length - 2]))
        {
            w[w.Length - 1] = 'i';
        }
    }

    private static void ReplaceInRegion(ref SuffixBuffer w, string[] suffixes, string[] replacements, int r1, int r2 = -1)
    {
        var suffix = w.Longest(suffixes);
        if (suffix is null || w.Length - suffix.Length < r1)
        {
            return;
        }

        var start = w.Length - suffix.Length;
        var keep = suffix switch
        {
            "ogi" => start > 0 && w[start - 1] == 'l',
            "li" => start > 0 && w[start - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't',
            "ative" => r2 >= 0 && start >= r2,
            _ => true,
        };
        if (keep)
        {
            w.Replace(suffix.Length, replacements[Array.IndexOf(suffixes, suffix)]);
        }
    }

    private static void Step4And5(ref SuffixBuffer w, int r1, int r2)
    {
        var suffix = w.Longest(Step4);
        if (suffix is not null && w.Length - suffix.Length >= r2)
        {
            var start = w.Length - suffix.Length;
            if (suffix != "ion" || (start > 0 && w[start - 1] is 's' or 't'))
            {
                w.Replace(suffix.Length, string.Empty);
            }
        }

        var last = w.Length - 1;
        if (w[last] == 'e' && (last >= r2 || (last >= r1 && !EndsInShortSyllable(w, last))))
        {
            w.Replace(1, string.Empty);
        }
        else if (w[last] == 'l' && last >= r2 && last > 0 && w[last - 1] == 'l')
        {
            w.Replace(1, string.Empty);
        }
    }

    private static bool HasVowel(SuffixBuffer w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsInShortSyllable(SuffixBuffer w, int length)
    {
        if (length == 2)
        {
            return IsVowel(w[0]) && !IsVowel(w[1]);
        }

        return length >= 3 && !IsVowel(w[length - 3]) && IsVowel(w[length - 2]) && !IsVowel(w[length - 1])
            && w[length - 1] is not ('w' or 'x' or 'Y');
    }
}
