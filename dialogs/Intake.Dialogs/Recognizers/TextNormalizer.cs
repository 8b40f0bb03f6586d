using System.Text;

namespace Intake.Dialogs.Recognizers;

/// <summary>
/// Turns typed text into comparable words: lower case, accents and apostrophes dropped, anything
/// that is not a letter or digit a space, and digits split from letters ("20min" → "20 min").
/// Content phrases go through the same steps, so "I'm", "Im" and "im" meet. Unlike the choice
/// matcher's normalizer in Intake.Bots it keeps plurals and returns words, not a string: "for weeks" and
/// "a week" are different answers to "since when?".
/// </summary>
internal static class TextNormalizer
{
    public static string[] Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var current = new StringBuilder();
        var digits = false;
        foreach (var raw in text)
        {
            if (raw is '\'' or '\u2019' or '\u02BC')
            {
                continue;
            }

            var c = Fold(char.ToLowerInvariant(raw));

            var isDigit = char.IsAsciiDigit(c);
            if (!char.IsLetterOrDigit(c) || (current.Length > 0 && isDigit != digits))
            {
                Flush(current, words);
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                digits = isDigit;
            }
        }

        Flush(current, words);
        return [.. words];
    }

    // The build runs with invariant globalization, where string.Normalize does not decompose: fold
    // the accented letters of Spanish (and the common Latin ones) by hand.
    private static char Fold(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' or 'ÿ' => 'y',
        _ => c,
    };

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
