namespace Intake.UnitTests.Dialogs.Content;

/// <summary>
/// Every English text of the content files reads at grade 8 or below (Flesch–Kincaid). A text of
/// eight words or more is graded alone. Shorter ones (button labels, titles, summary lines) are too
/// short for the formula, so they are graded together with their siblings (same parent key), one
/// sentence each, as a patient reads a row of buttons.
/// </summary>
public sealed class ReadingLevelTests
{
    private const double MaxGrade = 8.0;
    private const int MinWordsAlone = 8;

    [Fact]
    public void EnglishContent_EveryText_IsGrade8OrBelow()
    {
        var texts = IntakeContent.Catalog.AllTexts("en").ToList();
        var failures = new List<string>();
        foreach (var (key, text, where) in texts.Where(t => ReadingLevel.WordCount(t.Text) >= MinWordsAlone))
        {
            var grade = ReadingLevel.Grade([text]);
            if (grade > MaxGrade)
            {
                failures.Add($"{key} ({where}) reads at grade {grade:F1}");
            }
        }

        foreach (var group in texts.Where(t => ReadingLevel.WordCount(t.Text) < MinWordsAlone).GroupBy(t => Parent(t.Key)))
        {
            var grade = ReadingLevel.Grade([.. group.Select(t => t.Text)]);
            if (grade > MaxGrade)
            {
                failures.Add($"{string.Join(", ", group.Select(t => t.Key))} read together at grade {grade:F1}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("The cat sat on the mat.", -1.5, 0.5)]
    [InlineData("Involuntary neuromuscular contractions necessitate comprehensive professional evaluation.", 15, 40)]
    public void Grade_KnownSentences_FallWhereExpected(string text, double low, double high)
    {
        var grade = ReadingLevel.Grade([text]);

        Assert.InRange(grade, low, high);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("water", 2)]
    [InlineData("muscle", 2)]
    [InlineData("exercise", 3)]
    [InlineData("stretched", 1)]
    [InlineData("happy", 2)]
    public void Syllables_CommonWords_CountedAsSpoken(string word, int expected)
        => Assert.Equal(expected, ReadingLevel.Syllables(word));

    private static string Parent(string key)
    {
        var parts = key.Split('.');
        return parts.Length > 2 && parts[^1] is "label" ? string.Join('.', parts[..^2]) : string.Join('.', parts[..^1]);
    }
}
