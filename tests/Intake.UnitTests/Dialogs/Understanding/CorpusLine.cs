using Intake.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Understanding;

/// <summary>
/// One corpus line: "en | what the patient typed | chest-pain, fever:negated, stroke:other+historical" (or "-" for
/// no emergency). Attributes are joined by "+"; none means affirmed.
/// </summary>
internal sealed record CorpusLine(int Number, string Language, string Text, string Expected)
{
    public static List<CorpusLine> ReadAll(string path)
    {
        var lines = new List<CorpusLine>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            var parts = raw.Split(" | ");
            if (parts.Length != 3)
            {
                throw new FormatException($"corpus.txt:{number}: expected 'language | text | expected'.");
            }

            lines.Add(new CorpusLine(number, parts[0].Trim(), parts[1].Trim(), parts[2].Trim()));
        }

        return lines;
    }

    public static List<(string Concept, MentionContext Context)> Expectations(string expected)
    {
        if (expected == "-")
        {
            return [];
        }

        return [.. expected.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Parse)];
    }

    private static (string, MentionContext) Parse(string item)
    {
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (item, MentionContext.None);
        }

        var context = MentionContext.None;
        foreach (var name in item[(colon + 1)..].Split('+'))
        {
            context |= Enum.Parse<MentionContext>(name, ignoreCase: true);
        }

        return (item[..colon], context);
    }
}
