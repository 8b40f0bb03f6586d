using System.Text.Json;
using Intake.Bots.Content;
using Intake.Dialogs;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.Schema;
using Intake.UnitTests.Bots.Dialogs;

namespace Intake.UnitTests.Dialogs.Flow;

public sealed class EmergencyResponderTests
{
    private static readonly Lazy<ContentCatalog> Content = new(() => ContentCatalog.Load(DialogsServiceCollectionExtensions.ContentRoot, DialogsServiceCollectionExtensions.Languages));

    private static async Task<DialogHarness> AtScreenAsync(string locale = "en-US")
    {
        var harness = DialogHarness.ForBot(c => new IntakeBot(TestIntakeFlow.Create(c)), Content.Value, locale);
        await harness.SayAsync("hello");
        await harness.SayAsync(locale.StartsWith("es", StringComparison.Ordinal) ? "sí" : "yes");
        return harness;
    }

    private static async Task<DialogHarness> AtLocationAsync()
    {
        var harness = await AtScreenAsync();
        await harness.SayAsync("none");
        await harness.SayAsync("40");
        return harness;
    }

    private static async Task<IntakeAnswers> AnswersAsync(DialogHarness harness)
    {
        using var state = JsonDocument.Parse(await harness.StoredStateAsync());
        return state.RootElement.GetProperty(IntakeStateKeys.Answers.Name).Deserialize(IntakeStateKeys.Answers.TypeInfo)!;
    }

    private static string? Stamp(Activity reply, string field)
        => reply.ChannelData is { } data && data.TryGetProperty("intake", out var intake) && intake.TryGetProperty(field, out var value) ? value.GetString() : null;

    private static async Task<string?> StepAsync(DialogHarness harness) => (await harness.StackAsync())!.Dialogs[0].Step;

    [Theory]
    [InlineData("no chest pain, no fever")]
    [InlineData("I don't have a fever or a stiff neck")]
    [InlineData("my dad had a stroke last year")]
    public async Task Screen_OnlyDeniedSigns_RecordsNoneAndAsksTheAge(string text)
    {
        var harness = await AtScreenAsync();

        var replies = await harness.SayAsync(text);

        Assert.DoesNotContain(replies, r => r.Text?.Contains("911", StringComparison.Ordinal) == true);
        Assert.Equal([AnswerCodes.None], (await AnswersAsync(harness)).Emergency);
        Assert.Equal(IntakeSteps.Age, await StepAsync(harness));
    }

    [Fact]
    public async Task Screen_SpanishDeniedSigns_RecordsNone()
    {
        var harness = await AtScreenAsync("es-MX");

        await harness.SayAsync("no tengo dolor de pecho ni fiebre");

        Assert.Equal([AnswerCodes.None], (await AnswersAsync(harness)).Emergency);
    }

    [Fact]
    public async Task Watch_SignMidIntake_Sends911FirstNamingTheSign()
    {
        var harness = await AtLocationAsync();

        var replies = await harness.SayAsync("my back, and i cant breath right");

        Assert.Contains("911", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("trouble breathing", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(["breathing-chest"], (await AnswersAsync(harness)).Emergency);
        Assert.Equal("I don't have that", replies[^1].SuggestedActions!.Actions[0].Title);
    }

    [Theory]
    [InlineData("I don't have that")]
    [InlineData("no, I don't have chest pain")]
    public async Task NotMe_AfterTheEmergencyMessage_ReturnsToTheOpenQuestionKeepingTheSignAsCorrected(string correction)
    {
        var harness = await AtLocationAsync();
        await harness.SayAsync("my chest hurts");

        var replies = await harness.SayAsync(correction);

        Assert.Equal(IntakeSteps.Location, Stamp(replies[^1], "step"));
        var answers = await AnswersAsync(harness);
        Assert.Equal([AnswerCodes.None], answers.Emergency);
        Assert.Equal(["breathing-chest"], answers.Corrected);
    }

    [Fact]
    public async Task Watch_AnotherMessageAfterTheEmergency_KeepsTheIntakeStopped()
    {
        var harness = await AtLocationAsync();
        await harness.SayAsync("my chest hurts");

        var replies = await harness.SayAsync("hello");

        // Never a silent restart: the patient is told the check is finished and offered the next steps.
        Assert.StartsWith("This check is finished", replies[^1].Text, StringComparison.Ordinal);
        Assert.Null(Stamp(replies[^1], "step"));
    }

    [Fact]
    public async Task Check_DoubtfulSign_AsksOneQuestionStampedWithTheSign()
    {
        var harness = await AtLocationAsync();

        var replies = await harness.SayAsync("kinda tight chest maybe");

        var question = Assert.Single(replies);
        Assert.Equal(IntakeSteps.Check, Stamp(question, "step"));
        Assert.Equal("chest-pain", Stamp(question, "sign"));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("i dont know")]
    public async Task Check_YesOrUnclear_Sends911(string answer)
    {
        var harness = await AtLocationAsync();
        await harness.SayAsync("kinda tight chest maybe");

        var replies = await harness.SayAsync(answer);

        Assert.Contains("911", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(["breathing-chest"], (await AnswersAsync(harness)).Emergency);
    }

    [Fact]
    public async Task Check_SpasmsAfterAFallFromALadder_AsksAboutSeverity_AndYesSends911()
    {
        var harness = await AtLocationAsync();

        var question = Assert.Single(await harness.SayAsync("i fell off a ladder and now my back is spasming really bad"));
        Assert.Equal(IntakeSteps.Check, Stamp(question, "step"));
        Assert.Contains("very bad", question.Text, StringComparison.Ordinal);

        var replies = await harness.SayAsync("yes");

        Assert.Contains("911", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(["injury-deformity"], (await AnswersAsync(harness)).Emergency);
    }

    [Fact]
    public async Task Check_No_ReturnsToTheOpenQuestion()
    {
        var harness = await AtLocationAsync();
        await harness.SayAsync("kinda tight chest maybe");

        var replies = await harness.SayAsync("no");

        Assert.Equal(IntakeSteps.Location, Stamp(replies[^1], "step"));
        Assert.Equal([AnswerCodes.None], (await AnswersAsync(harness)).Emergency);
    }

    [Theory]
    [InlineData("en-US", "ive been thinking about ending it all", "988")]
    [InlineData("es-MX", "a veces pienso en quitarme la vida", "Línea de Prevención del Suicidio")]
    public async Task Crisis_SelfHarmTyped_SendsTheCrisisMessageFirst(string locale, string text, string expected)
    {
        var harness = await AtScreenAsync(locale);

        var replies = await harness.SayAsync(text);

        Assert.Contains(expected, replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("911", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(["self-harm"], (await AnswersAsync(harness)).Emergency);
    }

    [Fact]
    public async Task Watch_SomeoneElsesSign_GivesTheAdviceAndGoesOn()
    {
        var harness = await AtLocationAsync();

        var replies = await harness.SayAsync("my dad can't breathe right now");

        Assert.Contains("call 911 for them", replies[0].Text, StringComparison.Ordinal);
        Assert.Null((await AnswersAsync(harness)).Emergency?.FirstOrDefault(c => c != AnswerCodes.None));
    }

    [Fact]
    public async Task Watch_SomeoneElsesThoughtsOfSuicide_Gives988AsInformation()
    {
        var harness = await AtLocationAsync();

        var replies = await harness.SayAsync("my friend says he wants to kill himself");

        Assert.Contains("988", replies[0].Text, StringComparison.Ordinal);
        Assert.Null((await AnswersAsync(harness)).Emergency?.FirstOrDefault(c => c != AnswerCodes.None));
    }

    [Fact]
    public async Task NotMe_AfterAnEmergencyBeforeTheWelcome_WelcomesAndAsksConsent()
    {
        var harness = DialogHarness.ForBot(c => new IntakeBot(TestIntakeFlow.Create(c)), Content.Value);
        await harness.SayAsync("my calf is swollen and red and warm");

        var replies = await harness.SayAsync("I don't have that");

        Assert.Equal(IntakeSteps.Consent, Stamp(replies[^1], "step"));
    }

    [Fact]
    public async Task Screen_SomeoneElsesSignNow_GivesTheAdviceAndAsksTheScreenAgain()
    {
        var harness = await AtScreenAsync();

        var replies = await harness.SayAsync("my dad can't breathe right now");

        Assert.Contains("call 911 for them", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(IntakeSteps.Emergency, Stamp(replies[^1], "step"));
    }
}
