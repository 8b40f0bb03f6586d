using Intake.Bots.Content;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Recognizers;

/// <summary>
/// How long one spasm lasts, from typed words: a named time is put in its bucket (under a minute →
/// <c>seconds</c>, under 15 minutes → <c>minutes</c>, else <c>long</c>); otherwise the choice words
/// ("quick", "a long time"). When several are named, the longest counts. A day or more is
/// <see cref="TimeBuckets.Implausible"/>: the question asks what was meant instead of taking it.
/// </summary>
internal sealed class DurationRecognizer(ContentCatalog content)
{
    private const double Minute = (long)TimeUnit.Minute;

    // A spasm that lasts a day or more is most likely how long they have been happening (the next question).
    private static readonly TimeBuckets Buckets = new([(Minute, "seconds"), (15 * Minute, "minutes")], "long", Ceiling: (long)TimeUnit.Day);

    private readonly TimeBucketRecognizer _recognizer = new(content, "duration", AnswerCodes.Duration, Buckets);

    /// <summary>A code of <see cref="AnswerCodes.Duration"/>, or <c>null</c> when the words name no duration.</summary>
    public string? Recognize(string? text, string language) => _recognizer.Recognize(text, language);
}
