namespace Intake.UnitTests.Bots.Dialogs.Prompts;

public sealed class ChoicePromptTests
{
    private static async Task<DialogHarness> AskAsync(string promptId, string channel = "emulator", string locale = "en-US")
    {
        var harness = new DialogHarness(c => TestFlows.Single(c, promptId), channel, locale);
        await harness.SayAsync("start");
        return harness;
    }

    [Theory]
    [InlineData("Neck", "choices:neck")]
    [InlineData("neck", "choices:neck")]
    [InlineData("2", "choices:neck")]
    [InlineData("my calf", "choices:legs")]
    [InlineData("My CALVES hurt!", "choices:legs")]
    [InlineData("both feet", "choices:feet")]
    [InlineData("Feet and toes", "choices:feet")]
    [InlineData("lower back", "choices:back")]
    public async Task SingleChoice_TypedOrImBack_IsRecognised(string text, string expected)
    {
        var harness = await AskAsync("area");

        var replies = await harness.SayAsync(text);

        Assert.Equal(expected, replies.Single().Text);
    }

    [Fact]
    public async Task SingleChoice_SpanishSynonym_IsRecognised()
    {
        var harness = await AskAsync("area", locale: "es-ES");

        var replies = await harness.SayAsync("la pantorrilla");

        Assert.Equal("choices:legs", replies.Single().Text);
    }

    [Fact]
    public async Task SingleChoice_CardSubmitWithNoText_IsRecognised()
    {
        var harness = await AskAsync("area", channel: "msteams");

        var replies = await harness.SubmitAsync("""{"choice":"legs"}""");

        Assert.Equal("choices:legs", replies.Single().Text);
    }

    [Fact]
    public async Task SingleChoice_TeamsImBackSubmit_IsRecognisedFromItsValue()
    {
        var harness = await AskAsync("area", channel: "msteams");

        var replies = await harness.SubmitAsync("""{"msteams":{"type":"imBack","value":"Back"}}""");

        Assert.Equal("choices:back", replies.Single().Text);
    }

    [Theory]
    [InlineData("my neck and my back")]
    [InlineData("9")]
    [InlineData("purple")]
    public async Task SingleChoice_AmbiguousOrUnknown_RepromptsWithTheChoices(string text)
    {
        var harness = await AskAsync("area");

        var reply = (await harness.SayAsync(text)).Single();

        Assert.Equal("Please pick a place from the list.", reply.Text);
        Assert.Equal(["Back", "Neck", "Legs", "Feet and toes"], reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal("""{"test":{"step":"area"}}""", reply.ChannelData?.GetRawText());
    }

    [Theory]
    [InlineData("my calves and lower back", "choices:back,legs")]
    [InlineData("1 and 3", "choices:back,legs")]
    [InlineData("1, 3, 4", "choices:back,legs,feet")]
    [InlineData("neck", "choices:neck")]
    [InlineData("my toes, my knee and my spine", "choices:back,legs,feet")]
    public async Task MultiChoice_TypedListOrNumbers_RecognisesEveryOne(string text, string expected)
    {
        var harness = await AskAsync("areas");

        var replies = await harness.SayAsync(text);

        Assert.Equal(expected, replies.Single().Text);
    }

    [Theory]
    [InlineData("""{"choices":"back,feet"}""", "choices:back,feet")]
    [InlineData("""{"choices":"feet"}""", "choices:feet")]
    [InlineData("""{"choices":["neck","back"]}""", "choices:back,neck")]
    public async Task MultiChoice_CardSubmit_RecognisesTheTickedChoices(string value, string expected)
    {
        var harness = await AskAsync("areas", channel: "msteams");

        var replies = await harness.SubmitAsync(value);

        Assert.Equal(expected, replies.Single().Text);
    }

    [Theory]
    [InlineData("""{"choices":""}""")]
    [InlineData("""{"choices":"back,elbow"}""")]
    public async Task MultiChoice_CardSubmitEmptyOrUnknown_Reprompts(string value)
    {
        var harness = await AskAsync("areas");

        var reply = (await harness.SubmitAsync(value)).Single();

        Assert.StartsWith("Please pick a place from the list.", reply.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompt_ThreeMissesInARow_OffersTheChoicesAgainAndAWayToReachSomeone()
    {
        var harness = await AskAsync("area");

        await harness.SayAsync("purple");
        await harness.SayAsync("green");
        var third = await harness.SayAsync("blue");
        var fourth = await harness.SayAsync("red");

        Assert.Equal(2, third.Count);
        Assert.Equal("Still stuck? Tap one below, or call the test desk.", third[0].Text);
        Assert.Equal("Where does it hurt?", third[1].Text);
        Assert.Equal(4, third[1].SuggestedActions!.Actions.Count);
        Assert.Equal("Please pick a place from the list.", fourth.Single().Text);
        Assert.Equal("choices:neck", (await harness.SayAsync("neck")).Single().Text);
    }
}
