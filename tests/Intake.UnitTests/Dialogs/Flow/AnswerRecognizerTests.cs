using Intake.Bots.Choices;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.Dialogs.Recognizers;

namespace Intake.UnitTests.Dialogs.Flow;

public sealed class AnswerRecognizerTests
{
    private static readonly ChoiceList DurationChoices = QuestionChoices.For("duration", AnswerCodes.Duration);

    private static readonly BucketAnswerRecognizer Duration = new(
        DurationChoices,
        new ChoiceRecognizer(IntakeContent.Catalog, DurationChoices, PromptKeys.Connectors),
        new DurationRecognizer(IntakeContent.Catalog).Recognize);

    private static readonly IntensityAnswerRecognizer Intensity = new(new IntensityRecognizer(IntakeContent.Catalog));

    [Theory]
    [InlineData("about 20 min", "long")]
    [InlineData("Up to a few minutes", "minutes")]
    [InlineData("1", "seconds")]
    public async Task Duration_TypedTimeLabelOrNumber_GivesTheCode(string text, string expected)
    {
        var answer = await Duration.RecognizeAsync(new UserInput { Text = text }, "en", CancellationToken.None);

        Assert.Equal(expected, answer?.Choice);
    }

    [Fact]
    public async Task Duration_CardSubmit_GivesTheSubmittedCode()
    {
        var answer = await Duration.RecognizeAsync(new UserInput { CardChoices = ["long"] }, "en", CancellationToken.None);

        Assert.Equal("long", answer?.Choice);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("1", 1)]
    [InlineData("0 - no pain", 0)]
    [InlineData("10 - el peor dolor", 10)]
    [InlineData("really bad", 8)]
    public async Task Intensity_TypedNumberIsTheScoreNotAPosition(string text, int expected)
    {
        var answer = await Intensity.RecognizeAsync(new UserInput { Text = text }, "en", CancellationToken.None);

        Assert.Equal(expected, answer?.WholeNumber);
    }

    [Fact]
    public async Task Intensity_CardSubmit_GivesTheScore()
    {
        var answer = await Intensity.RecognizeAsync(new UserInput { CardChoices = ["6"] }, "en", CancellationToken.None);

        Assert.Equal(6, answer?.WholeNumber);
    }

    [Fact]
    public async Task Intensity_Unclear_IsNotAnAnswer()
        => Assert.Null(await Intensity.RecognizeAsync(new UserInput { Text = "purple" }, "en", CancellationToken.None));
}
