using System.Text;

namespace Intake.Bots.Recognizers;

/// <summary>
/// Brings typed text and content phrases to one comparable form: lower case, accents folded, punctuation
/// turned into single spaces, and each word made singular ("calves" → "calf", "feet" → "foot").
/// Synonyms go through the same steps, so matching is symmetric.
/// </summary>
public static class TextNormalizer
{
    // Spanish and common Latin-1 accents; invariant globalization has no Unicode decomposition to lean on.
    private const string Accented = "áàäâãåéèëêíìïîóòöôõúùüûñçý";
    private const string Folded = "aaaaaaeeeeiiiiooooouuuuncy";

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["feet"] = "foot",
        ["teeth"] = "tooth",
        ["knees"] = "knee",
        ["knives"] = "knife",
        ["children"] = "child",
    };

    /// <summary>The normalized form; empty for null or blank input.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var word = new StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            var folded = Accented.IndexOf(c, StringComparison.Ordinal);
            if (folded >= 0)
            {
                c = Folded[folded];
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                AppendWord(builder, word);
            }
        }

        AppendWord(builder, word);
        return builder.ToString();
    }

    /// <summary>The singular of one lower-case word, by simple English and Spanish rules.</summary>
    public static string Singular(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Irregular.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.Length <= 3 || !word.EndsWith('s') || char.IsDigit(word[0]))
        {
            return word;
        }

        if (word.EndsWith("lves", StringComparison.Ordinal))
        {
            return word[..^3] + "f";
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal)
            ? word
            : word[..^1];
    }

    private static void AppendWord(StringBuilder builder, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(Singular(word.ToString()));
        word.Clear();
    }
}
