using Intake.Bots.Content;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Recognizers;

/// <summary>
/// Since when the spasms happen, from typed words: a named time of a day or more is put in its bucket
/// (under two weeks → <c>days</c>, under a month → <c>weeks</c>, else <c>months</c>: "since last week"
/// → days, "desde hace semanas" → weeks); otherwise the choice words ("first time", "for years"), and
/// "first time" wins over any named time.
/// </summary>
internal sealed class HistoryRecognizer(ContentCatalog content)
{
    private const double Day = (long)TimeUnit.Day;

    private static readonly TimeBuckets Buckets = new([(14 * Day, "days"), (30 * Day, "weeks")], "months", Shortest: Day, Overriding: "first");

    private readonly TimeBucketRecognizer _recognizer = new(content, "history", AnswerCodes.History, Buckets);

    /// <summary>A code of <see cref="AnswerCodes.History"/>, or <c>null</c> when the words name none.</summary>
    public string? Recognize(string? text, string language) => _recognizer.Recognize(text, language);
}
