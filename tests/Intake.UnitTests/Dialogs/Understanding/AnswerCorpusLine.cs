namespace Intake.UnitTests.Dialogs.Understanding;

/// <summary>
/// One line of answers-corpus.txt: "es | duration | como 20 minutos | long" — the language, the question's step, what
/// the patient typed, and the answer expected: the codes joined by ",", the number for the pain score, yes or no for
/// a yes/no question, "-" when it must be asked again.
/// </summary>
internal sealed record AnswerCorpusLine(int Number, string Language, string Step, string Text, string Expected)
{
    public const string FileName = "answers-corpus.txt";

    /// <summary>The file beside this one, copied next to the tests by the project.</summary>
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Dialogs", "Understanding", FileName);

    public static List<AnswerCorpusLine> ReadAll()
    {
        var lines = new List<AnswerCorpusLine>();
        var number = 0;
        foreach (var raw in File.ReadLines(Path))
        {
            number++;
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            var parts = raw.Split(" | ");
            if (parts.Length != 4)
            {
                throw new FormatException($"{FileName}:{number}: expected 'language | step | text | expected'.");
            }

            lines.Add(new AnswerCorpusLine(number, parts[0].Trim(), parts[1].Trim(), parts[2].Trim(), parts[3].Trim()));
        }

        return lines;
    }
}
