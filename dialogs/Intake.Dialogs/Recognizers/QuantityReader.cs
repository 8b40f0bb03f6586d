using System.Globalization;
using Intake.Bots.Content;

namespace Intake.Dialogs.Recognizers;

/// <summary>
/// Reads amounts of time from a message in one language: "a few seconds", "about 20 min", "half an
/// hour", "un par de segundos", "desde hace semanas". Each unit takes the nearest amount before it
/// (at most three words back); a unit alone counts once, or twice when plural ("for weeks").
/// </summary>
internal sealed class QuantityReader
{
    private const int Reach = 3;
    private static readonly string[] UnitNames = ["second", "minute", "hour", "day", "week", "month", "year"];
    private readonly PhraseFinder<QuantityWord> _words;

    public QuantityReader(ContentCatalog content, string language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var phrases = new List<(string, QuantityWord)>();
        phrases.AddRange(Numbered(content, language, "words.numbers.", QuantityWordKind.Number));
        phrases.AddRange(Numbered(content, language, "words.amounts.", QuantityWordKind.Amount));
        phrases.AddRange(content.List(language, "words.half").Select(p => (p, new QuantityWord(QuantityWordKind.Half, 0.5))));
        foreach (var name in UnitNames)
        {
            var unit = Enum.Parse<TimeUnit>(name, ignoreCase: true);
            phrases.AddRange(content.List(language, $"words.units.{name}.one").Select(p => (p, new QuantityWord(QuantityWordKind.Unit, 1, unit))));
            phrases.AddRange(content.List(language, $"words.units.{name}.many").Select(p => (p, new QuantityWord(QuantityWordKind.Unit, 2, unit, Plural: true))));
        }

        _words = new PhraseFinder<QuantityWord>(phrases);
    }

    /// <summary>The numbers and amounts found, digits included, in message order.</summary>
    public IReadOnlyList<PhraseMatch<QuantityWord>> Find(IReadOnlyList<string> words)
    {
        var found = _words.Find(words).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length <= 6 && words[i].All(char.IsAsciiDigit) && !found.Any(m => m.Start <= i && i < m.End))
            {
                found.Add(new PhraseMatch<QuantityWord>(new QuantityWord(QuantityWordKind.Number, int.Parse(words[i], CultureInfo.InvariantCulture)), i, 1));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Every amount of time named, in seconds.</summary>
    public IReadOnlyList<double> Seconds(IReadOnlyList<string> words)
    {
        var found = Find(words);
        var spans = new List<double>();
        var after = -1;
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Value.Kind != QuantityWordKind.Unit)
            {
                continue;
            }

            var unit = found[i];
            var before = found.Take(i).Where(m => m.Start > after && m.End >= unit.Start - Reach).ToList();
            var amount = before.LastOrDefault(m => m.Value.Kind is QuantityWordKind.Number or QuantityWordKind.Amount);
            var half = before.Any(m => m.Value.Kind == QuantityWordKind.Half);
            var count = amount.Length == 0 ? unit.Value.Amount : amount.Value.Amount;
            if (half && (amount.Length == 0 || amount.Value is { Kind: QuantityWordKind.Amount, Amount: 1 }))
            {
                count = 0.5;
            }

            spans.Add(count * (long)unit.Value.Unit);
            after = unit.Start;
        }

        return spans;
    }

    private static IEnumerable<(string, QuantityWord)> Numbered(ContentCatalog content, string language, string prefix, QuantityWordKind kind)
        => content.KeysStartingWith(prefix).SelectMany(key =>
        {
            var value = int.Parse(key[prefix.Length..], CultureInfo.InvariantCulture);
            return content.List(language, key).Select(p => (p, new QuantityWord(kind, value)));
        });
}
