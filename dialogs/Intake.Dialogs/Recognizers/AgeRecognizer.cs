using Intake.Bots.Content;

namespace Intake.Dialogs.Recognizers;

/// <summary>
/// An age from typed words, as its band (<see cref="Answers.AnswerCodes.Age"/>): "45", "I'm 70", "tengo 45 años",
/// "sixty five", "sesenta y cinco", "in my 50s", "my son is 12", "8 months old". A number past 120 is no age.
/// </summary>
internal sealed class AgeRecognizer
{
    private const int Oldest = 120;
    private readonly Dictionary<string, QuantityReader> _numbers;
    private readonly HashSet<string> _old;
    private readonly HashSet<string> _for;
    private readonly IReadOnlyList<string> _languages;

    public AgeRecognizer(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _languages = content.Languages;
        _numbers = content.Languages.ToDictionary(l => l, l => new QuantityReader(content, l), StringComparer.Ordinal);
        // Every language's words at once: the numbers are read in the patient's language first, then the others,
        // and "for 3 years" must stay a length of time in the second pass too.
        _old = Words(content, "words.age.old");
        _for = Words(content, "words.age.lasting");
    }

    /// <summary>The band of the first age named, or <c>null</c> when no number in the words is an age.</summary>
    public string? Recognize(string? text, string language)
    {
        var words = TextNormalizer.Words(text);
        if (words.Length == 0)
        {
            return null;
        }

        foreach (var lang in LanguageOrder.Starting(_languages, language))
        {
            var found = _numbers[lang].Find(words);
            for (var i = 0; i < found.Count; i++)
            {
                var match = found[i];
                if (match.Value.Kind != QuantityWordKind.Number || match.Value.Amount != Math.Floor(match.Value.Amount))
                {
                    continue;
                }

                var years = (int)match.Value.Amount;
                var at = match.End;
                if (i + 1 < found.Count && found[i + 1] is { Value.Kind: QuantityWordKind.Number } next && next.Value.Amount is > 0 and < 10
                    && years is >= 20 and < 100 && years % 10 == 0
                    && (next.Start == at || (next.Start == at + 1 && words[at] is "and" or "y")))
                {
                    // "sixty five", "sesenta y cinco"
                    years += (int)next.Value.Amount;
                    at = next.End;
                    i++;
                }

                // "50s": a decade ("in my 50s"), not 50 seconds.
                var decade = at < words.Length && words[at] == "s";
                if (!decade && i + 1 < found.Count && found[i + 1] is { Value.Kind: QuantityWordKind.Unit } unit && unit.Start == at)
                {
                    // "8 months old": a baby; "for 3 weeks", "hace 2 años": how long, not how old.
                    var old = unit.End < words.Length && _old.Contains(words[unit.End]);
                    if (unit.Value.Unit < TimeUnit.Year)
                    {
                        if (old)
                        {
                            return "under-18";
                        }

                        continue;
                    }

                    if (!old && match.Start > 0 && _for.Contains(words[match.Start - 1]))
                    {
                        continue;
                    }
                }
                else if (match.Start > 0 && _for.Contains(words[match.Start - 1]))
                {
                    continue;
                }

                if (years <= Oldest)
                {
                    return Band(years);
                }
            }
        }

        return null;
    }

    private HashSet<string> Words(ContentCatalog content, string key)
        => _languages.SelectMany(l => content.List(l, key)).SelectMany(TextNormalizer.Words).ToHashSet(StringComparer.Ordinal);

    /// <summary>The band of an age in whole years.</summary>
    public static string Band(int years) => years switch
    {
        < 18 => "under-18",
        < 50 => "18-49",
        < 65 => "50-64",
        _ => "65-plus",
    };
}
