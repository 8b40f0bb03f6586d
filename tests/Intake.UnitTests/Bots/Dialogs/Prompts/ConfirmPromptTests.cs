namespace Intake.UnitTests.Bots.Dialogs.Prompts;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("yes", "en-US", true)]
    [InlineData("Yep", "en-US", true)]
    [InlineData("sure!", "en-US", true)]
    [InlineData("no", "en-US", false)]
    [InlineData("nope", "en-US", false)]
    [InlineData("no thanks", "en-US", false)]
    [InlineData("1", "en-US", true)]
    [InlineData("sí", "es-ES", true)]
    [InlineData("si", "es-ES", true)]
    [InlineData("Claro", "es-ES", true)]
    [InlineData("no gracias", "es-ES", false)]
    [InlineData("sí", "en-US", true)]
    public async Task Answer_YesOrNoWords_AreRecognised(string text, string locale, bool yes)
    {
        var harness = new DialogHarness(c => TestFlows.Single(c, "ok"), locale: locale);
        await harness.SayAsync("start");

        var replies = await harness.SayAsync(text);

        Assert.EndsWith(yes ? "confirmed:yes" : "confirmed:no", replies.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_CardButton_IsRecognised()
    {
        var harness = new DialogHarness(c => TestFlows.Single(c, "ok"), "msteams");
        await harness.SayAsync("start");

        var replies = await harness.SubmitAsync("""{"choice":"no"}""");

        Assert.Equal("choices:no confirmed:no", replies.Single().Text);
    }

    [Fact]
    public async Task Answer_NeitherYesNorNo_Reprompts()
    {
        var harness = new DialogHarness(c => TestFlows.Single(c, "ok"));
        await harness.SayAsync("start");

        var reply = (await harness.SayAsync("maybe later")).Single();

        Assert.Equal("Is that right?", reply.Text);
        Assert.Equal(["Yes", "No"], reply.SuggestedActions!.Actions.Select(a => a.Title));
    }
}
