using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Schema;

namespace Intake.UnitTests.Bots.Dialogs;

public sealed class DialogRunnerTests
{
    private static async Task<DialogHarness> AtPainStepAsync(string locale = "en-US")
    {
        var harness = new DialogHarness(c => TestFlows.Profile(c), locale: locale);
        await harness.SayAsync("hi");
        await harness.SayAsync("Ana");
        return harness;
    }

    [Fact]
    public async Task Help_MidPrompt_SaysHelpThenAsksTheSameQuestionAndTheAnswerStillCounts()
    {
        var harness = await AtPainStepAsync();

        var help = await harness.SayAsync("help");
        var next = await harness.SayAsync("6");
        await harness.SayAsync("back");
        var done = await harness.SayAsync("yes");

        Assert.Equal(["Answer the question, or say cancel.", "How bad is the pain, 0 to 10?"], help.Select(r => r.Text));
        Assert.StartsWith("Where does it hurt?", next.Single().Summary, StringComparison.Ordinal);
        Assert.Equal("Thanks Ana: pain 6, places back, right yes.", done.Single().Text);
    }

    [Fact]
    public async Task Help_MidPrompt_DoesNotCountAsAMiss()
    {
        var harness = await AtPainStepAsync();
        await harness.SayAsync("blue");

        await harness.SayAsync("help");

        Assert.Equal(1, (await harness.StackAsync())!.Dialogs[^1].Attempts);
    }

    [Fact]
    public async Task Cancel_MidPrompt_EmptiesTheStackAndSaysSo()
    {
        var harness = await AtPainStepAsync();

        var replies = await harness.SayAsync("Stop!");

        Assert.Equal("Stopped. Bye.", replies.Single().Text);
        Assert.Empty((await harness.StackAsync())!.Dialogs);
    }

    [Fact]
    public async Task StartOver_MidPrompt_BeginsTheFlowAgainWithNoValues()
    {
        var harness = await AtPainStepAsync();

        var replies = await harness.SayAsync("start over");

        Assert.Equal(["Starting again.", "What is your name?"], replies.Select(r => r.Text));
        Assert.DoesNotContain("Ana", await harness.StoredStateAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_TwoWouldAnswerTheSameMessage_TheFirstInTheListWins()
    {
        var harness = new DialogHarness(c => TestFlows.Profile(c, o => o.Checks.Insert(0, new DialogCheck("first", (dialog, _) =>
        {
            if (dialog.Input.Text != "help")
            {
                return ValueTask.FromResult<CommandOutcome?>(null);
            }

            dialog.Turn.SendText("first");
            return ValueTask.FromResult<CommandOutcome?>(CommandOutcome.Handled);
        }))));
        await harness.SayAsync("hi");

        var help = await harness.SayAsync("help");
        var name = await harness.SayAsync("Ana");

        Assert.Equal(["first"], help.Select(r => r.Text));
        Assert.Equal("How bad is the pain, 0 to 10?", name.Single().Text);
    }

    [Fact]
    public async Task Check_BeginsADialogOverTheOpenQuestion_WhenThatEndsTheQuestionIsAskedAgain()
    {
        var harness = new DialogHarness(c => TestFlows.Profile(c, o => o.Checks.Add(new DialogCheck("aside", async (dialog, ct) =>
        {
            if (dialog.Input.Text != "aside")
            {
                return null;
            }

            await dialog.BeginDialogAsync("ok", ct);
            return CommandOutcome.Handled;
        }))));
        await harness.SayAsync("hi");
        await harness.SayAsync("Ana");
        await harness.SayAsync("aside");

        var back = await harness.SayAsync("yes");
        var next = await harness.SayAsync("6");

        Assert.Equal(["How bad is the pain, 0 to 10?"], back.Select(r => r.Text));
        Assert.StartsWith("Where does it hurt?", next.Single().Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_FromACardButton_IsHandled()
    {
        var harness = await AtPainStepAsync();

        var replies = await harness.SubmitAsync("""{"command":"help"}""");

        Assert.Equal("Answer the question, or say cancel.", replies[0].Text);
    }

    [Fact]
    public async Task Command_InsideALongerSentence_IsAnAnswerNotACommand()
    {
        var harness = await AtPainStepAsync();

        var replies = await harness.SayAsync("help me, it is a 5");

        Assert.StartsWith("Where does it hurt?", replies.Single().Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_MidPrompt_RepromptsTheSameStepInTheNewLanguageAndKeepsIt()
    {
        var harness = await AtPainStepAsync();

        var switched = await harness.SayAsync("Español");
        var next = await harness.SayAsync("siete");

        Assert.Equal(["Ahora en español.", "¿Cuánto le duele, de 0 a 10?"], switched.Select(r => r.Text));
        Assert.StartsWith("¿Dónde le duele?", next.Single().Summary, StringComparison.Ordinal);
        Assert.Equal("es", (await harness.StackAsync())!.Language);
    }

    [Fact]
    public async Task LanguageSwitch_BackToEnglish_WorksFromSpanish()
    {
        var harness = await AtPainStepAsync(locale: "es-ES");

        var replies = await harness.SayAsync("inglés");

        Assert.Equal(["Now in English.", "How bad is the pain, 0 to 10?"], replies.Select(r => r.Text));
    }

    [Theory]
    [InlineData("en-US", "What is your name?")]
    [InlineData("es-MX", "¿Cómo se llama?")]
    [InlineData("fr-FR", "What is your name?")]
    [InlineData(null, "What is your name?")]
    public async Task Locale_PicksTheContentLanguage_UnknownFallsBackToEnglish(string? locale, string expected)
    {
        var harness = new DialogHarness(c => TestFlows.Profile(c), locale: locale!);

        var replies = await harness.SayAsync("hola");

        Assert.Equal(expected, replies.Single().Text);
    }

    [Fact]
    public void Runner_PromptNamesAMissingContentKey_StopsStartUpNamingDialogAndKey()
    {
        var dialogs = new DialogSet().Add(PromptDialog.Text("ask", new PromptOptions { PromptKey = "test.nowhere" }));

        var error = Assert.Throws<ContentException>(() => new DialogRunner(dialogs, DialogHarness.Content, new DialogRunnerOptions { RootDialogId = "ask", FlowVersion = "x" }));

        Assert.Contains("'ask'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'test.nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonMessageActivity_WhilePromptWaits_IsIgnored()
    {
        var harness = await AtPainStepAsync();

        var replies = await harness.SendAsync(harness.Message() with { Type = ActivityTypes.Typing });

        Assert.Empty(replies);
        Assert.Equal("pain", (await harness.StackAsync())!.Dialogs[^1].Id);
    }
}
