using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Recognizers;

/// <summary>
/// Since when the spasms happen, from typed words: a named time of a day or more is put in its bucket
/// (under two weeks → <c>days</c>, under a month → <c>weeks</c>, else <c>months</c>: "since last week"
/// → days, "desde hace semanas" → weeks); otherwise the choice words ("first time", "for years").
/// </summary>
internal sealed class HistoryRecognizer
{
    private const double Day = (long)TimeUnit.Day;
    private readonly Dictionary<string, QuantityReader> _quantities;
    private readonly ChoiceRecognizer _choices;
    private readonly IReadOnlyList<string> _languages;

    public HistoryRecognizer(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _languages = content.Languages;
        _quantities = content.Languages.ToDictionary(l => l, l => new QuantityReader(content, l), StringComparer.Ordinal);
        _choices = new ChoiceRecognizer(content, QuestionChoices.For("history", AnswerCodes.History), PromptKeys.Connectors);
    }

    /// <summary>A code of <see cref="AnswerCodes.History"/>, or <c>null</c> when the words name none.</summary>
    public string? Recognize(string? text, string language)
    {
        var named = _choices.Recognize(new UserInput { Text = text }, language, multiple: true) ?? [];
        if (named.Contains("first"))
        {
            return "first";
        }

        var words = TextNormalizer.Words(text);
        foreach (var lang in LanguageOrder.Starting(_languages, language))
        {
            var spans = _quantities[lang].Seconds(words).Where(s => s >= Day).ToList();
            if (spans.Count > 0)
            {
                var longest = spans.Max();
                return longest < 14 * Day ? "days" : longest < 30 * Day ? "weeks" : "months";
            }
        }

        return named.Count > 0 ? named[^1] : null;
    }
}
