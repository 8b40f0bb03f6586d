using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Recognizers;

/// <summary>
/// A question answered with a span of time in buckets: the longest named time of at least
/// <see cref="TimeBuckets.Shortest"/> is put in its bucket; otherwise the question's choice words count
/// (the last one named). A choice in <see cref="TimeBuckets.Overriding"/> wins over any named time.
/// </summary>
internal sealed class TimeBucketRecognizer
{
    private readonly TimeBuckets _buckets;
    private readonly Dictionary<string, QuantityReader> _quantities;
    private readonly ChoiceRecognizer _choices;
    private readonly IReadOnlyList<string> _languages;

    public TimeBucketRecognizer(ContentCatalog content, string questionId, IReadOnlyList<string> codes, TimeBuckets buckets)
    {
        ArgumentNullException.ThrowIfNull(content);
        _buckets = buckets;
        _languages = content.Languages;
        _quantities = content.Languages.ToDictionary(l => l, l => new QuantityReader(content, l), StringComparer.Ordinal);
        _choices = new ChoiceRecognizer(content, QuestionChoices.For(questionId, codes), PromptKeys.Connectors);
    }

    /// <summary>One of the question's codes, or <c>null</c> when the words name no time and no choice.</summary>
    public string? Recognize(string? text, string language)
    {
        var named = _choices.Recognize(new UserInput { Text = text }, language, multiple: true) ?? [];
        if (_buckets.Overriding is { } overriding && named.Contains(overriding))
        {
            return overriding;
        }

        var words = TextNormalizer.Words(text);
        foreach (var lang in LanguageOrder.Starting(_languages, language))
        {
            var longest = 0.0;
            foreach (var seconds in _quantities[lang].Seconds(words))
            {
                longest = seconds >= _buckets.Shortest ? Math.Max(longest, seconds) : longest;
            }

            if (longest > 0)
            {
                return _buckets.For(longest);
            }
        }

        return named.Count > 0 ? named[^1] : null;
    }
}
