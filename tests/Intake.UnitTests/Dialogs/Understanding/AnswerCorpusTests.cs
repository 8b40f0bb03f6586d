using System.Globalization;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.Dialogs.Triage;
using Intake.UnitTests.Bots.Dialogs;
using Xunit.Abstractions;

namespace Intake.UnitTests.Dialogs.Understanding;

/// <summary>
/// The answers corpus (answers-corpus.txt): everyday phrasings of every answer code of every question, in English
/// and Spanish, each typed to the real question's prompt (built by its <see cref="IntakeQuestion.CreatePrompt"/>, with
/// its validator, on the real content and lexicon). Prints the accuracy per step; any answer read wrong fails.
/// </summary>
public sealed class AnswerCorpusTests(ITestOutputHelper output)
{
    private const string Echo = "echo";

    [Fact]
    public void AnswerCorpus_CoversEveryCodeOfEveryQuestion_InBothLanguages()
    {
        var lines = AnswerCorpusLine.ReadAll();

        var missing = IntakeQuestions.All
            .SelectMany(q => Codes(q).SelectMany(code => new[] { "en", "es" }.Select(language => $"{language} {q.Step} {code}")))
            .Where(key => !lines.Exists(l => $"{l.Language} {l.Step} " + l.Expected == key || l.Expected.Split(',').Any(c => $"{l.Language} {l.Step} {c}" == key)))
            .ToList();

        Assert.True(missing.Count == 0, "no phrasing for: " + string.Join("; ", missing));
    }

    [Fact]
    public async Task AnswerCorpus_EveryPhrasing_IsReadAsItsCodes()
    {
        var lines = AnswerCorpusLine.ReadAll();
        var wrong = new List<string>();
        var byStep = new SortedDictionary<string, (int Right, int All)>(StringComparer.Ordinal);

        foreach (var line in lines)
        {
            var question = IntakeQuestions.All.Single(q => q.Step == line.Step);
            var read = await AnswerAsync(question, line.Language, line.Text);
            var right = read == Normalized(line.Expected);
            var (hits, all) = byStep.GetValueOrDefault($"{line.Step} {line.Language}");
            byStep[$"{line.Step} {line.Language}"] = (hits + (right ? 1 : 0), all + 1);
            if (!right)
            {
                wrong.Add($"line {line.Number}: {line.Language} {line.Step} '{line.Text}' expected {line.Expected}, read {read}");
            }
        }

        output.WriteLine($"{"step",-14} {"right",5} {"all",4} {"accuracy",8}");
        foreach (var (step, (hits, all)) in byStep)
        {
            output.WriteLine($"{step,-14} {hits,5} {all,4} {100.0 * hits / all,7:F0} %");
        }

        output.WriteLine($"{"all",-14} {lines.Count - wrong.Count,5} {lines.Count,4} {100.0 * (lines.Count - wrong.Count) / lines.Count,7:F0} %");
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static IEnumerable<string> Codes(IntakeQuestion question)
        => question.Answer.Kind switch
        {
            AnswerFieldKind.Flag => ["yes", "no"],
            AnswerFieldKind.Number => ["0", "5", "10"],
            // The screen's typed-only codes (another sign, self-harm) come from the emergency watch, not the prompt.
            _ => question.Step == IntakeSteps.Emergency ? AnswerCodes.Emergency : question.Answer.Codes,
        };

    private static string Normalized(string expected)
        => string.Join(',', expected.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    // The question asked on the real engine, then the typed answer: what its prompt ended with, or "-" when it asked again.
    private static async Task<string> AnswerAsync(IntakeQuestion question, string language, string text)
    {
        var harness = new DialogHarness(content => Runner(content, question), locale: language == "es" ? "es-MX" : "en-US", content: IntakeContent.Catalog);
        await harness.SayAsync("hi");
        var replies = await harness.SayAsync(text);
        var echo = replies.FirstOrDefault(r => r.Text?.StartsWith(Echo + ":", StringComparison.Ordinal) == true);
        return echo is null ? "-" : echo.Text![(Echo.Length + 1)..];
    }

    private static DialogRunner Runner(ContentCatalog content, IntakeQuestion question)
    {
        var options = new PromptOptions { PromptKey = question.PromptKey, RetryKey = question.RetryKey, Validator = question.Validator };
        var prompt = question.CreatePrompt(new QuestionSources(content, UnderstandingData.Reader), options);
        var root = new WaterfallDialog<ProfileValues>("root", TestFlowsJsonContext.Default.ProfileValues, () => new ProfileValues())
            .Step("ask", (step, ct) => step.PromptAsync(question.Step, ct))
            .Step("echo", (step, ct) =>
            {
                var answer = step.Result!;
                var said = answer.Confirmed is { } yes ? (yes ? "yes" : "no")
                    : answer.Choices is { } codes ? string.Join(',', codes.Order(StringComparer.Ordinal))
                    : answer.Number?.ToString(CultureInfo.InvariantCulture) ?? answer.Text ?? string.Empty;
                step.Dialog.Turn.SendText($"{Echo}:{said}");
                return step.EndAsync(answer, ct);
            });
        return new DialogRunner(new DialogSet().Add(prompt).Add(root), content, new DialogRunnerOptions { RootDialogId = "root", FlowVersion = "answers-corpus" });
    }
}
