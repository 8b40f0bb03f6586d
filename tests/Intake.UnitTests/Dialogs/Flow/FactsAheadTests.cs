using System.Text.Json;
using Intake.Bots.Content;
using Intake.Dialogs;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.Schema;
using Intake.UnitTests.Bots.Dialogs;

namespace Intake.UnitTests.Dialogs.Flow;

/// <summary>Facts given ahead of their questions, through the real bot: one confirmation, then only what is missing.</summary>
public sealed class FactsAheadTests
{
    private const string English = "yes. lower back spasms since last monday, each one lasts a few seconds, maybe 4/10, started after helping my buddy move a couch";
    private const string Spanish = "sí, tengo espasmos en la espalda baja desde el lunes, duran unos segundos, como un 4 de 10, empezó después de cargar cajas";

    private static readonly Lazy<ContentCatalog> Content = new(() => ContentCatalog.Load(DialogsServiceCollectionExtensions.ContentRoot, DialogsServiceCollectionExtensions.Languages));

    internal static async Task<DialogHarness> StartAsync(string locale = "en-US")
    {
        var harness = DialogHarness.ForBot(c => new IntakeBot(TestIntakeFlow.Create(c)), Content.Value, locale);
        await harness.SayAsync("hello");
        return harness;
    }

    /// <summary>The step of the last reply that asks a question.</summary>
    internal static string? Step(IReadOnlyList<Activity> replies)
        => replies.LastOrDefault(r => r.ChannelData is { } data && data.TryGetProperty("intake", out var intake) && intake.TryGetProperty("step", out _)) is { } asked
            ? asked.ChannelData!.Value.GetProperty("intake").GetProperty("step").GetString()
            : null;

    internal static async Task<IntakeAnswers> AnswersAsync(DialogHarness harness)
    {
        using var state = JsonDocument.Parse(await harness.StoredStateAsync());
        return state.RootElement.GetProperty(IntakeStateKeys.Answers.Name).Deserialize(IntakeStateKeys.Answers.TypeInfo)!;
    }

    // The first message at consent, then the screen and the age, which facts never skip: the confirmation comes next.
    private static async Task<IReadOnlyList<Activity>> ToConfirmationAsync(DialogHarness harness, string first)
    {
        Assert.Equal(IntakeSteps.Emergency, Step(await harness.SayAsync(first)));
        Assert.Equal(IntakeSteps.Age, Step(await harness.SayAsync("none")));
        return await harness.SayAsync("40");
    }

    [Theory]
    [InlineData("en-US", English, "Where: Back", "Each spasm lasts: A few seconds", "You have had them: A few days", "Pain: 4 out of 10", "Yes")]
    [InlineData("es-MX", Spanish, "Dónde: Espalda", "Cada espasmo dura: Unos segundos", "Los tiene desde hace: Unos días", "Dolor: 4 de 10", "Sí")]
    public async Task FirstMessage_WithEverything_ConsentTakenFactsShownOnceThenOnlyTheMissingQuestions(string locale, string first, string where, string each, string since, string pain, string yes)
    {
        var harness = await StartAsync(locale);

        var confirmation = await ToConfirmationAsync(harness, first);

        var shown = Assert.Single(confirmation);
        Assert.Equal(IntakeSteps.Location, Step(confirmation));
        Assert.Contains(where, shown.Text, StringComparison.Ordinal);
        Assert.Contains(each, shown.Text, StringComparison.Ordinal);
        Assert.Contains(since, shown.Text, StringComparison.Ordinal);
        Assert.Contains(pain, shown.Text, StringComparison.Ordinal);
        Assert.Equal(yes, shown.SuggestedActions!.Actions[0].Title);
        Assert.Equal(IntakeSteps.Worsening, Step(await harness.SayAsync(yes)));
        Assert.Equal(IntakeSteps.Symptoms, Step(await harness.SayAsync("no")));
        var answers = await AnswersAsync(harness);
        Assert.True(answers.Consent);
        Assert.Equal(["back"], answers.Locations);
        Assert.Equal("seconds", answers.Duration);
        Assert.Equal("days", answers.History);
        Assert.Equal(4, answers.Intensity);
        Assert.Null(answers.Ahead);
    }

    [Fact]
    public async Task Confirmation_ChangeOneTapped_KeepsTheOthersAndAsksThatOneInItsPlace()
    {
        var harness = await StartAsync();
        await ToConfirmationAsync(harness, English);

        Assert.Equal(IntakeSteps.Worsening, Step(await harness.SayAsync("Change pain")));
        Assert.Equal(IntakeSteps.Intensity, Step(await harness.SayAsync("no")));
        var answers = await AnswersAsync(harness);
        Assert.Null(answers.Intensity);
        Assert.Equal(["back"], answers.Locations);
        Assert.Equal("seconds", answers.Duration);
    }

    [Fact]
    public async Task Confirmation_TypedCorrection_ChangesThatFactAndSaysSo()
    {
        var harness = await StartAsync();
        await ToConfirmationAsync(harness, English);

        var replies = await harness.SayAsync("no, the pain is 6");

        Assert.Contains(replies, r => r.Text == "Got it, I changed that. Pain: 6 out of 10.");
        Assert.Equal(IntakeSteps.Worsening, Step(replies));
        Assert.Equal(6, (await AnswersAsync(harness)).Intensity);
    }

    [Fact]
    public async Task Confirmation_PlainNo_DropsTheFactsSoEachIsAsked()
    {
        var harness = await StartAsync();
        await ToConfirmationAsync(harness, English);

        Assert.Equal(IntakeSteps.Location, Step(await harness.SayAsync("no")));
        Assert.Equal(IntakeSteps.Duration, Step(await harness.SayAsync("my calf")));
        Assert.Null((await AnswersAsync(harness)).Duration);
    }

    [Fact]
    public async Task FirstMessage_TwoPainScores_LeavesThePainToBeAskedAndTakesTheRest()
    {
        var harness = await StartAsync();

        var confirmation = await ToConfirmationAsync(harness, "yes. my neck, pain 5, sometimes 8");

        Assert.Equal(IntakeSteps.Location, Step(confirmation));
        Assert.DoesNotContain("Pain", confirmation[0].Text, StringComparison.Ordinal);
        Assert.Equal(IntakeSteps.Duration, Step(await harness.SayAsync("yes")));
        Assert.Equal(["neck"], (await AnswersAsync(harness)).Locations);
        Assert.Null((await AnswersAsync(harness)).Intensity);
    }

    [Fact]
    public async Task FirstMessage_NoBesideSymptoms_IsNotDecliningConsent_ConsentAskedAgainFactsKept()
    {
        var harness = await StartAsync();

        var replies = await harness.SayAsync("no, I have lower back spasms, each lasts a few seconds");

        Assert.Equal(IntakeSteps.Consent, Step(replies));
        Assert.Null((await AnswersAsync(harness)).Consent);
        Assert.Equal(IntakeSteps.Emergency, Step(await harness.SayAsync("yes")));
        Assert.Equal(IntakeSteps.Age, Step(await harness.SayAsync("none")));
        var confirmation = await harness.SayAsync("40");
        Assert.Equal(IntakeSteps.Location, Step(confirmation));
        Assert.Contains("Each spasm lasts: A few seconds", confirmation[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstMessage_YesThenSymptomsWithADeniedSign_IsConsentAndTheFactsAreKept()
    {
        var harness = await StartAsync();

        var confirmation = await ToConfirmationAsync(harness, "yes. lower back spasms, each lasts a few seconds, no fever");

        Assert.Equal(IntakeSteps.Location, Step(confirmation));
        Assert.Contains("Where: Back", confirmation[0].Text, StringComparison.Ordinal);
        Assert.True((await AnswersAsync(harness)).Consent);
    }

    [Fact]
    public async Task ScreenAnsweredNone_NoFactTaken_TheQuestionsAreAskedInOrder()
    {
        var harness = await StartAsync();
        await harness.SayAsync("yes");
        await harness.SayAsync("none");

        Assert.Equal(IntakeSteps.Location, Step(await harness.SayAsync("40")));
        Assert.Equal(IntakeSteps.Duration, Step(await harness.SayAsync("my calf")));
        Assert.Null((await AnswersAsync(harness)).Intensity);
    }
}
