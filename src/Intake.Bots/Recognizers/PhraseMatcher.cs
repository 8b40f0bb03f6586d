namespace Intake.Bots.Recognizers;

/// <summary>Finds normalized phrases inside normalized text on word boundaries ("calf" in "my calf hurts", not in "calfskin").</summary>
public static class PhraseMatcher
{
    /// <summary>The position of <paramref name="phrase"/> in <paramref name="text"/> on word boundaries, or -1.</summary>
    public static int IndexOf(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.Length == 0 || phrase.Length > text.Length)
        {
            return -1;
        }

        var start = 0;
        while (true)
        {
            var index = text.IndexOf(phrase, start, StringComparison.Ordinal);
            if (index < 0)
            {
                return -1;
            }

            var end = index + phrase.Length;
            if ((index == 0 || text[index - 1] == ' ') && (end == text.Length || text[end] == ' '))
            {
                return index;
            }

            start = index + 1;
        }
    }

    /// <summary>The whole text equals the phrase, or contains it on word boundaries.</summary>
    public static bool Contains(string text, string phrase) => IndexOf(text, phrase) >= 0;

    /// <summary>
    /// <paramref name="text"/> with every occurrence of <paramref name="phrases"/> on word boundaries taken out, in
    /// the order given (longest first, so "change how long" goes before "long"), trimmed.
    /// </summary>
    public static string Without(string text, IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrases);
        // Most messages hold none of the phrases: look before building a string (this runs on every typed message).
        var rest = text.Trim();
        foreach (var phrase in phrases)
        {
            if (IndexOf(rest, phrase) >= 0)
            {
                rest = (" " + rest + " ").Replace(" " + phrase + " ", " ", StringComparison.Ordinal).Trim();
            }
        }

        return rest;
    }
}
