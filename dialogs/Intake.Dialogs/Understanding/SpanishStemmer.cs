namespace Intake.Dialogs.Understanding;

/// <summary>
/// The Snowball Spanish stemmer, written from its published description and run on accent-folded words
/// (its suffix lists folded the same way), so a patient who types "respiracion" meets "respiración".
/// </summary>
internal sealed class SpanishStemmer : IStemmer
{
    private static readonly string[] Pronouns = ["me", "se", "sela", "selo", "selas", "selos", "la", "le", "lo", "las", "les", "los", "nos"];
    private static readonly string[] PronounHosts = ["iendo", "ando", "ar", "er", "ir"];

    private static readonly string[] Plain =
    [
        "anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles", "ista", "istas",
        "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos",
    ];

    private static readonly string[] Agent = ["adora", "ador", "acion", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias"];
    private static readonly string[] Logia = ["logia", "logias"];
    private static readonly string[] Ucion = ["ucion", "uciones"];
    private static readonly string[] Encia = ["encia", "encias"];
    private static readonly string[] Idad = ["idad", "idades"];
    private static readonly string[] Iva = ["iva", "ivo", "ivas", "ivos"];
    private static readonly string[] Step1 = [.. Plain, .. Agent, .. Logia, .. Ucion, .. Encia, .. Idad, .. Iva, "amente", "mente"];

    private static readonly string[] YVerbs = ["ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yas", "yes", "yais", "yamos"];
    private static readonly string[] GuVerbs = ["en", "es", "eis", "emos"];

    private static readonly string[] Verbs =
    [
        "arian", "arias", "aran", "aras", "ariais", "aria", "areis", "ariamos", "aremos", "ara", "are",
        "erian", "erias", "eran", "eras", "eriais", "eria", "ereis", "eriamos", "eremos", "era", "ere",
        "irian", "irias", "iran", "iras", "iriais", "iria", "ireis", "iriamos", "iremos", "ira", "ire",
        "aba", "ada", "ida", "ia", "iera", "ad", "ed", "id", "ase", "iese", "aste", "iste", "an", "aban", "ian",
        "ieran", "asen", "iesen", "aron", "ieron", "ado", "ido", "ando", "iendo", "io", "ar", "er", "ir", "as",
        "abas", "adas", "idas", "ias", "ieras", "ases", "ieses", "is", "ais", "abais", "iais", "arais", "ierais",
        "aseis", "ieseis", "asteis", "isteis", "ados", "idos", "amos", "abamos", "iamos", "imos", "aramos",
        "ieramos", "iesemos", "asemos",
    ];

    private static readonly string[] Step2B = [.. GuVerbs, .. Verbs];
    private static readonly string[] Residual = ["os", "a", "o", "i", "e"];
    private static readonly Func<char, bool> Vowel = IsVowel;

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2 || !SuffixBuffer.IsPlainWord(word))
        {
            return word;
        }

        var w = new SuffixBuffer(word.Length <= 60 ? stackalloc char[word.Length + 4] : new char[word.Length + 4], word);
        var rv = RegionV(w);
        var r1 = w.RegionAfter(0, Vowel);
        var r2 = w.RegionAfter(r1, Vowel);

        AttachedPronoun(ref w, rv);
        var before = w.Length;
        StandardSuffix(ref w, r1, r2);
        if (w.Length == before && !YVerb(ref w, rv))
        {
            OtherVerb(ref w, rv);
        }

        var residual = w.Longest(Residual, rv);
        if (residual is not null)
        {
            w.Replace(residual.Length, string.Empty);
            if (residual == "e" && w.EndsWith("gu") && w.Length - 1 >= rv)
            {
                w.Replace(1, string.Empty);
            }
        }

        return w.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static int RegionV(SuffixBuffer w)
    {
        if (!IsVowel(w[1]))
        {
            return NextAfter(w, 2, vowel: true);
        }

        return IsVowel(w[0]) ? NextAfter(w, 2, vowel: false) : Math.Min(3, w.Length);
    }

    private static int NextAfter(SuffixBuffer w, int from, bool vowel)
    {
        for (var i = from; i < w.Length; i++)
        {
            if (IsVowel(w[i]) == vowel)
            {
                return i + 1;
            }
        }

        return w.Length;
    }

    private static void AttachedPronoun(ref SuffixBuffer w, int rv)
    {
        var pronoun = w.Longest(Pronouns, rv);
        if (pronoun is null)
        {
            return;
        }

        foreach (var host in PronounHosts)
        {
            if (w.EndsWithBefore(pronoun.Length, host) && w.Length - pronoun.Length - host.Length >= rv)
            {
                w.Replace(pronoun.Length, string.Empty);
                return;
            }
        }

        if (w.EndsWithBefore(pronoun.Length, "uyendo") && w.Length - pronoun.Length - 5 >= rv)
        {
            w.Replace(pronoun.Length, string.Empty);
        }
    }

    private static void StandardSuffix(ref SuffixBuffer w, int r1, int r2)
    {
        var suffix = w.Longest(Step1);
        if (suffix is null)
        {
            return;
        }

        var start = w.Length - suffix.Length;
        if (suffix == "amente")
        {
            if (start >= r1)
            {
                w.Replace(suffix.Length, string.Empty);
                if (DropInR2(ref w, r2, "iv"))
                {
                    DropInR2(ref w, r2, "at");
                }
                else
                {
                    _ = DropInR2(ref w, r2, "os") || DropInR2(ref w, r2, "ic") || DropInR2(ref w, r2, "ad");
                }
            }

            return;
        }

        if (start < r2)
        {
            return;
        }

        if (Array.IndexOf(Logia, suffix) >= 0)
        {
            w.Replace(suffix.Length, "log");
        }
        else if (Array.IndexOf(Ucion, suffix) >= 0)
        {
            w.Replace(suffix.Length, "u");
        }
        else if (Array.IndexOf(Encia, suffix) >= 0)
        {
            w.Replace(suffix.Length, "ente");
        }
        else
        {
            w.Replace(suffix.Length, string.Empty);
            _ = suffix switch
            {
                "mente" => DropInR2(ref w, r2, "ante") || DropInR2(ref w, r2, "able") || DropInR2(ref w, r2, "ible"),
                _ when Array.IndexOf(Agent, suffix) >= 0 => DropInR2(ref w, r2, "ic"),
                _ when Array.IndexOf(Idad, suffix) >= 0 => DropInR2(ref w, r2, "abil") || DropInR2(ref w, r2, "ic") || DropInR2(ref w, r2, "iv"),
                _ when Array.IndexOf(Iva, suffix) >= 0 => DropInR2(ref w, r2, "at"),
                _ => false,
            };
        }
    }

    private static bool DropInR2(ref SuffixBuffer w, int r2, string suffix)
    {
        if (!w.EndsWith(suffix) || w.Length - suffix.Length < r2)
        {
            return false;
        }

        w.Replace(suffix.Length, string.Empty);
        return true;
    }

    private static bool YVerb(ref SuffixBuffer w, int rv)
    {
        var suffix = w.Longest(YVerbs, rv);
        if (suffix is null || !w.EndsWithBefore(suffix.Length, "u"))
        {
            return false;
        }

        w.Replace(suffix.Length, string.Empty);
        return true;
    }

    private static void OtherVerb(ref SuffixBuffer w, int rv)
    {
        var suffix = w.Longest(Step2B, rv);
        if (suffix is null)
        {
            return;
        }

        w.Replace(suffix.Length, string.Empty);
        if (Array.IndexOf(GuVerbs, suffix) >= 0 && w.EndsWith("gu"))
        {
            w.Replace(1, string.Empty);
        }
    }
}
