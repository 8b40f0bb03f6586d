using System.Text.Json;
using Intake.Bots.Recognizers;
using Intake.Schema;

namespace Intake.UnitTests.Bots.Recognizers;

public sealed class UserInputTests
{
    private static UserInput Read(string? text, string? valueJson)
        => UserInput.From(new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Value = valueJson is null ? null : JsonDocument.Parse(valueJson).RootElement.Clone(),
        });

    [Fact]
    public void From_TypedText_IsTrimmedText()
    {
        var input = Read("  my calf  ", null);

        Assert.Equal("my calf", input.Text);
        Assert.Null(input.CardChoices);
    }

    [Theory]
    [InlineData("""{"choice":"legs"}""", "legs")]
    [InlineData("""{"choices":"back, legs"}""", "back,legs")]
    [InlineData("""{"choices":["back","legs"]}""", "back,legs")]
    [InlineData("""{"choices":""}""", "")]
    public void From_CardSubmitWithNoText_ReadsTheSubmittedCodes(string value, string codes)
    {
        var input = Read(null, value);

        Assert.Equal(codes.Split(',', StringSplitOptions.RemoveEmptyEntries), input.CardChoices);
        Assert.Null(input.Text);
    }

    [Fact]
    public void From_TeamsImBackData_ReadsItsValueAsText()
        => Assert.Equal("Yes", Read(null, """{"msteams":{"type":"imBack","value":"Yes"}}""").Text);

    [Fact]
    public void From_CommandButton_ReadsTheCommand()
        => Assert.Equal("help", Read(null, """{"command":"help"}""").Command);

    [Fact]
    public void From_StringValue_IsText()
        => Assert.Equal("neck", Read(null, "\"neck\"").Text);

    [Fact]
    public void From_NoTextNoValue_IsEmpty()
        => Assert.True(Read(" ", null).IsEmpty);
}
