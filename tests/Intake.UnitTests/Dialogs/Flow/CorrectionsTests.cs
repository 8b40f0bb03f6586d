using Intake.Dialogs.Flow;
using Intake.UnitTests.Bots.Dialogs;

namespace Intake.UnitTests.Dialogs.Flow;

/// <summary>A correction typed at any later question or at the summary, through the real bot.</summary>
public sealed class CorrectionsTests
{
    private static readonly string[] EnglishPath = ["yes", "none", "40", "my calf", "a few seconds", "a few days", "no", "3", "tight muscles", "none", "none", "none", "none"];
    private static readonly string[] SpanishPath = ["sí", "ninguno", "40", "la pantorrilla", "unos segundos", "unos días", "no", "3", "músculos tensos", "ninguno", "ninguno", "ninguno", "ninguna"];

    // Answers typed in order until the question <paramref name="step"/> is asked.
    private static async Task<DialogHarness> AtAsync(string step, string locale = "en-US")
    {
        var harness = await FactsAheadTests.StartAsync(locale);
        foreach (var answer in locale == "en-US" ? EnglishPath : SpanishPath)
        {
            if (FactsAheadTests.Step(await harness.SayAsync(answer)) == step)
            {
                return harness;
            }
        }

        throw new InvalidOperationException($"The intake never asked '{step}'.");
    }

    [Theory]
    [InlineData("en-US", IntakeSteps.Symptoms, "actually the pain is 7", "Got it, I changed that. Pain: 7 out of 10.")]
    [InlineData("es-MX", IntakeSteps.Symptoms, "cambia el dolor a 6", "Entendido, ya lo cambié. Dolor: 6 de 10.")]
    public async Task MidIntake_PainCorrected_SaysWhatChangedAndAsksTheSameQuestionAgain(string locale, string at, string text, string said)
    {
        var harness = await AtAsync(at, locale);

        var replies = await harness.SayAsync(text);

        Assert.Equal(said, replies[0].Text);
        Assert.Equal(at, FactsAheadTests.Step(replies));
        var answers = await FactsAheadTests.AnswersAsync(harness);
        Assert.Equal(said.Contains('7', StringComparison.Ordinal) ? 7 : 6, answers.Intensity);
        Assert.Null(answers.Symptoms);
    }

    [Theory]
    [InlineData("en-US", "no wait, it's my neck", "Got it, I changed that. Where: Neck.")]
    [InlineData("es-MX", "en realidad es el cuello", "Entendido, ya lo cambié. Dónde: Cuello.")]
    public async Task MidIntake_LocationCorrected_IsNotTakenAsTheOpenQuestionsAnswer(string locale, string text, string said)
    {
        var harness = await AtAsync(IntakeSteps.History, locale);

        var replies = await harness.SayAsync(text);

        Assert.Equal(said, replies[0].Text);
        Assert.Equal(IntakeSteps.History, FactsAheadTests.Step(replies));
        var answers = await FactsAheadTests.AnswersAsync(harness);
        Assert.Equal(["neck"], answers.Locations);
        Assert.Null(answers.History);
    }

    [Fact]
    public async Task AtTheSummary_LocationCorrected_ShowsTheSummaryAgainWithIt()
    {
        var harness = await AtAsync(IntakeSteps.Confirm);

        var replies = await harness.SayAsync("no wait, it's my neck");

        Assert.Equal("Got it, I changed that. Where: Neck.", replies[0].Text);
        Assert.Contains(replies, r => r.Text?.Contains("Where: Neck", StringComparison.Ordinal) == true && r.Text.StartsWith("Here is what", StringComparison.Ordinal));
        Assert.Equal(IntakeSteps.Confirm, FactsAheadTests.Step(replies));
        Assert.Equal(["neck"], (await FactsAheadTests.AnswersAsync(harness)).Locations);
    }

    [Theory]
    [InlineData(IntakeSteps.Duration, "actually, a few minutes", IntakeSteps.History)]
    [InlineData(IntakeSteps.Intensity, "my neck", IntakeSteps.Intensity)]
    [InlineData(IntakeSteps.History, "since last week", IntakeSteps.Worsening)]
    public async Task OrdinaryAnswer_NoCorrectionWords_IsTheOpenQuestionsAnswerNotAChange(string at, string text, string next)
    {
        var harness = await AtAsync(at);

        var replies = await harness.SayAsync(text);

        Assert.DoesNotContain(replies, r => r.Text?.StartsWith("Got it, I changed that", StringComparison.Ordinal) == true);
        Assert.Equal(next, FactsAheadTests.Step(replies));
        Assert.Equal(["legs"], (await FactsAheadTests.AnswersAsync(harness)).Locations);
    }
}
