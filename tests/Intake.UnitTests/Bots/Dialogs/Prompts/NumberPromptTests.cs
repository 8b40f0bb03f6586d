namespace Intake.UnitTests.Bots.Dialogs.Prompts;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("7", "en-US", "number:7")]
    [InlineData("seven", "en-US", "number:7")]
    [InlineData("7/10", "en-US", "number:7")]
    [InlineData("7 out of 10", "en-US", "number:7")]
    [InlineData("about a seven, maybe 8", "en-US", "number:7")]
    [InlineData("zero", "en-US", "number:0")]
    [InlineData("10", "en-US", "number:10")]
    [InlineData("siete", "es-ES", "number:7")]
    [InlineData("un 7 de 10", "es-MX", "number:7")]
    [InlineData("siete", "en-US", "number:7")]
    public async Task Answer_NumberInAnyForm_IsRecognised(string text, string locale, string expected)
    {
        var harness = new DialogHarness(c => TestFlows.Single(c, "pain"), locale: locale);
        await harness.SayAsync("start");

        var replies = await harness.SayAsync(text);

        Assert.Equal(expected, replies.Single().Text);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("7.5")]
    [InlineData("it hurts a lot")]
    public async Task Answer_OutOfRangeOrNotANumber_RepromptsWithTheRange(string text)
    {
        var harness = new DialogHarness(c => TestFlows.Single(c, "pain"));
        await harness.SayAsync("start");

        var replies = await harness.SayAsync(text);

        Assert.Equal("Please send a number from 0 to 10.", replies.Single().Text);
        Assert.Equal(1, (await harness.StackAsync())!.Dialogs[^1].Attempts);
    }
}
