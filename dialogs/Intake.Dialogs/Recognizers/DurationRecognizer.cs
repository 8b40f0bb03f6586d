using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Recognizers;

/// <summary>
/// How long one spasm lasts, from typed words: a named time is put in its bucket (under a minute →
/// <c>seconds</c>, under 15 minutes → <c>minutes</c>, else <c>long</c>); otherwise the choice words
/// ("quick", "a long time"). When several are named, the longest counts.
/// </summary>
internal sealed class DurationRecognizer
{
    private const double Minute = (long)TimeUnit.Minute;
    private readonly Dictionary<string, QuantityReader> _quantities;
    private readonly ChoiceRecognizer _choices;
    private readonly IReadOnlyList<string> _languages;

    public DurationRecognizer(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _languages = content.Languages;
        _quantities = content.Languages.ToDictionary(l => l, l => new QuantityReader(content, l), StringComparer.Ordinal);
        _choices = new ChoiceRecognizer(content, QuestionChoices.For("duration", AnswerCodes.Duration), PromptKeys.Connectors);
    }

    /// <summary>A code of <see cref="AnswerCodes.Duration"/>, or <c>null</c> when the words name no duration.</summary>
    public string? Recognize(string? text, string language)
    {
        var words = TextNormalizer.Words(text);
        foreach (var lang in LanguageOrder.Starting(_languages, language))
        {
            var spans = _quantities[lang].Seconds(words);
            if (spans.Count > 0)
            {
                var longest = spans.Max();
                return longest < Minute ? "seconds" : longest < 15 * Minute ? "minutes" : "long";
            }
        }

        var named = _choices.Recognize(new UserInput { Text = text }, language, multiple: true) ?? [];
        return named.Count > 0 ? named[^1] : null;
    }
}
