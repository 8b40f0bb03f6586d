using System.Text.Json;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Dialogs;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.UnitTests.Bots.Dialogs;

namespace Intake.UnitTests.Dialogs.Flow;

public sealed class IntakeFlowTests
{
    private static readonly Lazy<ContentCatalog> Content = new(() => ContentCatalog.Load(DialogsServiceCollectionExtensions.ContentRoot, DialogsServiceCollectionExtensions.Languages));

    private static async Task<DialogHarness> AtStepAsync(string step, string locale = "en-US")
    {
        var harness = DialogHarness.ForBot(c => new IntakeBot(TestIntakeFlow.Create(c)), Content.Value, locale);
        await harness.SayAsync("hello");
        if (step != IntakeSteps.Consent)
        {
            await harness.SayAsync("yes");
        }

        if (step is IntakeSteps.Age or IntakeSteps.Location)
        {
            await harness.SayAsync("none");
        }

        if (step == IntakeSteps.Location)
        {
            await harness.SayAsync("40");
        }

        return harness;
    }

    private static async Task<IntakeAnswers> AnswersAsync(DialogHarness harness)
    {
        using var state = JsonDocument.Parse(await harness.StoredStateAsync());
        return state.RootElement.GetProperty(IntakeStateKeys.Answers.Name).Deserialize(IntakeStateKeys.Answers.TypeInfo)!;
    }

    [Fact]
    public void Questions_InOrder_AreConsentEmergencyAgeLocationTheSpasmQuestionsThenBackground()
        => Assert.Equal(
            [IntakeSteps.Consent, IntakeSteps.Emergency, IntakeSteps.Age, IntakeSteps.Location, IntakeSteps.Duration, IntakeSteps.History, IntakeSteps.Worsening,
             IntakeSteps.Intensity, IntakeSteps.Symptoms, IntakeSteps.Triggers, IntakeSteps.RedFlags, IntakeSteps.Nerve, IntakeSteps.Background],
            IntakeQuestions.All.Select(q => q.Step));

    [Fact]
    public void Flow_RealContent_RegistersTheWaterfallOnePromptPerQuestionAndConfirm()
    {
        var flow = TestIntakeFlow.Create(Content.Value);

        Assert.Equal(
            ["age", "background", "confirm", "confirm-which", "consent", "delete", "delete-confirm", "duration", "emergency", "facts", "history", "intake", "intensity", "location", "nerve", "redflags", "symptoms", "triggers", "worsening"],
            flow.Dialogs.Ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("my calf", "legs")]
    [InlineData("lower back", "back")]
    [InlineData("both feet", "feet-toes")]
    [InlineData("my calves and lower back", "back,legs")]
    [InlineData("shoulder and fingers", "shoulders-arms,hands")]
    [InlineData("2", "neck")]
    [InlineData("1, 5", "back,legs")]
    public async Task Location_TypedInEverydayWords_IsRecordedAsCodes(string text, string codes)
    {
        var harness = await AtStepAsync(IntakeSteps.Location);

        await harness.SayAsync(text);

        Assert.Equal(codes.Split(','), (await AnswersAsync(harness)).Locations);
    }

    [Theory]
    [InlineData("la pantorrilla", "legs")]
    [InlineData("el hombro y la muñeca", "shoulders-arms,hands")]
    [InlineData("los dedos del pie", "feet-toes")]
    public async Task Location_TypedInSpanish_IsRecordedAsCodes(string text, string codes)
    {
        var harness = await AtStepAsync(IntakeSteps.Location, "es-MX");

        await harness.SayAsync(text);

        Assert.Equal(codes.Split(','), (await AnswersAsync(harness)).Locations);
    }

    [Theory]
    [InlineData("I can't breathe")]
    [InlineData("my face is drooping")]
    [InlineData("I fell and my leg looks wrong")]
    [InlineData("one calf is swollen and red")]
    [InlineData("fever and a stiff neck")]
    [InlineData("me duele el pecho")]
    public async Task Emergency_SignTypedInEverydayWords_StopsWithTheEmergencyMessage(string text)
    {
        var harness = await AtStepAsync(IntakeSteps.Emergency);

        var replies = await harness.SayAsync(text);

        Assert.Contains("911", replies[0].Text, StringComparison.Ordinal);
        Assert.NotEqual([AnswerCodes.None], (await AnswersAsync(harness)).Emergency);
        Assert.Contains(replies, r => r.ChannelData is { } data && data.GetProperty("intake").TryGetProperty("careLevel", out var level) && level.GetString() == "emergency");
    }

    [Fact]
    public async Task Emergency_NoneOfThese_GoesOnToTheAgeAndRecordsNone()
    {
        var harness = await AtStepAsync(IntakeSteps.Emergency);

        await harness.SayAsync("None of these");

        Assert.Equal([AnswerCodes.None], (await AnswersAsync(harness)).Emergency);
        Assert.Equal(IntakeSteps.Age, (await harness.StackAsync())!.Dialogs[0].Step);
    }

    [Fact]
    public async Task SignsOverNone_NoneWithASign_KeepsOnlyTheSign()
    {
        var check = await IntakeQuestions.SignsOverNone(PromptAnswer.FromChoices(["calf-clot", "none"]), null!, CancellationToken.None);

        Assert.True(check.Accepted);
        Assert.Equal(["calf-clot"], check.Answer!.Choices);
    }
}
