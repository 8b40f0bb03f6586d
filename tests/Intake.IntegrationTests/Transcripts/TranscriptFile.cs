namespace Intake.IntegrationTests.Transcripts;

/// <summary>
/// A conversation written as a readable file (<c>*.transcript</c>). Lines are <c>kind: argument</c>; <c>#</c>
/// starts a comment. Settings: <c>channel:</c>, <c>locale:</c>. Actions: <c>join</c>, <c>user: text</c>,
/// <c>submit: {json}</c>. Expectations about the replies to the last action: <c>bot: substring</c>,
/// <c>first: substring</c> (of the first reply), <c>step: id</c>, <c>sign: concept id</c> (of a <c>check</c> question),
/// <c>card: choice title</c>, <c>care: level</c>, <c>silent</c>.
/// </summary>
public sealed record TranscriptFile(string Name, string Channel, string Locale, IReadOnlyList<TranscriptLine> Lines)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Transcripts");

    public static TranscriptFile Load(string name)
    {
        var channel = "emulator";
        var locale = "en-US";
        var lines = new List<TranscriptLine>();
        var number = 0;
        foreach (var raw in File.ReadAllLines(Path.Combine(Folder, name)))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var kind = colon < 0 ? line : line[..colon].Trim();
            var argument = colon < 0 ? string.Empty : line[(colon + 1)..].Trim();
            switch (kind)
            {
                case "channel":
                    channel = argument;
                    break;
                case "locale":
                    locale = argument;
                    break;
                case "join" or "user" or "submit" or "bot" or "first" or "step" or "sign" or "card" or "care" or "silent":
                    lines.Add(new TranscriptLine(number, kind, argument));
                    break;
                default:
                    throw new FormatException($"{name}:{number}: unknown line kind '{kind}'.");
            }
        }

        return new TranscriptFile(name, channel, locale, lines);
    }

    public static IReadOnlyList<string> Names()
        => [.. Directory.GetFiles(Folder, "*.transcript").Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f))];

    public static TheoryData<string> All() => [.. Names()];
}
