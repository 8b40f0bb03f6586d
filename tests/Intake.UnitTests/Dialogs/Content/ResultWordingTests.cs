using System.Text.RegularExpressions;
using Intake.Bots.Dialogs.Prompts;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.Dialogs.Results;
using Intake.Dialogs.Triage;
using Intake.UnitTests.Dialogs.Flow;
using Intake.UnitTests.Dialogs.Triage;

namespace Intake.UnitTests.Dialogs.Content;

/// <summary>
/// What the patient reads, whole: a result says each thing once, the summary's "Change an answer" names its lines as
/// the summary does, and the Spanish is written in Spanish, key by key.
/// </summary>
public sealed partial class ResultWordingTests
{
    private static readonly TriageEvaluator Evaluator = new(IntakeContent.Rules);
    private static readonly ResultComposer Results = new(IntakeContent.Catalog);
    private static readonly IntakeAnswers Quiet = QuietAnswers.Patient;

    // Texts that are the same in both languages on purpose: the clinic's name, numbers, and templates of names and numbers.
    private static readonly HashSet<string> SameInBothLanguages =
    [
        "result.clinic.title",
        "result.clinic.site",
        "confirm.join",
        "facts.join",
        "worsening.choices.no.label",
        "prompts.confirm.labels.no",
        .. Enumerable.Range(1, 9).Select(score => $"intensity.labels.{score}"),
    ];

    public static TheoryData<string, string> AnswerSets()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "es" })
        {
            foreach (var name in Spread.Keys)
            {
                data.Add(language, name);
            }
        }

        return data;
    }

    // A spread of patients: every level, every trigger, reasons that come together, the nerve note, consent declined.
    private static readonly Dictionary<string, IntakeAnswers> Spread = new(StringComparer.Ordinal)
    {
        ["quiet"] = Quiet,
        ["emergency"] = Quiet with { Emergency = ["calf-clot"] },
        ["first time, no known cause"] = Quiet with { History = "first", Triggers = [AnswerCodes.None] },
        ["first time, no cause, 55"] = Quiet with { Age = "50-64", History = "first", Triggers = [AnswerCodes.None], RedFlags = ["first-unknown-cause"] },
        ["every trigger"] = Quiet with { Triggers = [.. AnswerCodes.Triggers.Where(t => t != AnswerCodes.None)] },
        ["lifting, back, weeks"] = Quiet with { Locations = ["back"], Triggers = ["strain"], History = "weeks" },
        ["slept wrong, neck"] = Quiet with { Locations = ["neck"], Triggers = ["posture"] },
        ["worse and worse"] = Quiet with { Worsening = true, RedFlags = ["worsening", "pain-increasing", "losing-mobility", "daily-tasks"], Intensity = 8 },
        ["nerve signs getting worse"] = Quiet with { Nerve = ["dragging-leg", "ms"], Worsening = true, Duration = "long" },
        ["every background sign"] = Quiet with { Age = "65-plus", Locations = ["back"], Background = [.. AnswerCodes.Background.Where(b => b != AnswerCodes.None)] },
        ["a child"] = Quiet with { Age = "under-18", Triggers = ["fatigue", "dehydration"] },
        ["not kept"] = Quiet with { Consent = false, Intensity = 7 },
    };

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void Result_AnyAnswers_SaysNoSentenceTwice(string language, string answers)
    {
        var result = Results.Compose(Spread[answers], Evaluator.Evaluate(Spread[answers]), language);

        foreach (var card in new[] { result.Card.Text, result.Card.Fallback })
        {
            var sentences = Sentences([.. result.Paragraphs, card]);
            var repeated = sentences.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"said twice: {string.Join(" | ", repeated)}");
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Summary_ChangeAnAnswer_ListsTheSummarysLinesByTheirNames(string language)
    {
        var answers = Quiet with { Triggers = ["strain", "stress"] };
        var summary = new SummaryComposer(IntakeContent.Catalog).Compose(answers, language);
        var which = Assert.IsType<PromptDialog>(TestIntakeFlow.Create(IntakeContent.Catalog).Dialogs.Find(IntakeDialog.WhichPrompt));

        var lineNames = summary.Split('\n').Skip(1).Select(line => line["- ".Length..line.IndexOf(": ", StringComparison.Ordinal)]).ToList();

        Assert.Equal(lineNames, which.Choices!.Labels(IntakeContent.Catalog, language));
        Assert.Contains(IntakeContent.Catalog.Text(language, "confirm.choices.change-triggers.label"), lineNames);
    }

    [Fact]
    public void Spanish_EveryText_IsWrittenInSpanish()
    {
        var english = IntakeContent.Catalog.AllTexts("en").ToDictionary(t => t.Key, t => t.Text, StringComparer.Ordinal);

        var same = IntakeContent.Catalog.AllTexts("es")
            .Where(t => !SameInBothLanguages.Contains(t.Key) && string.Equals(t.Text, english[t.Key], StringComparison.Ordinal))
            .Select(t => $"{t.Key} ({t.Where}): {t.Text}")
            .ToList();

        Assert.True(same.Count == 0, "the same as the English:\n" + string.Join("\n", same));
    }

    // Each line of each paragraph ("- " items too), cut after ".", "!" or "?".
    private static List<string> Sentences(IEnumerable<string> paragraphs)
        => [.. paragraphs
            .SelectMany(p => p.Split('\n'))
            .Select(line => line.TrimStart('-', ' '))
            .SelectMany(line => SentenceEnd().Split(line))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)];

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
