using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;

namespace Intake.UnitTests.Dialogs.Flow;

/// <summary>"Is this right?": two buttons, and typed words that name one answer go straight to it.</summary>
public sealed class ConfirmAnswerRecognizerTests
{
    private static readonly ConfirmAnswerRecognizer Recognizer = ConfirmAnswerRecognizer.Create(
        IntakeContent.Catalog,
        QuestionChoices.For(IntakeSteps.Confirm, IntakeQuestions.All.Where(q => q.Reviewed).Select(q => q.ChangeCode)));

    [Fact]
    public void Choices_AreYesAndChangeAnAnswerOnly()
        => Assert.Equal(["Yes, that's right", "Change an answer"], Recognizer.Choices!.Labels(IntakeContent.Catalog, "en"));

    [Theory]
    [InlineData("yes", "en", "yes")]
    [InlineData("Change an answer", "en", "change")]
    [InlineData("no", "en", "change")]
    [InlineData("2", "en", "change")]
    [InlineData("1", "en", "yes")]
    [InlineData("change the pain", "en", "change-intensity")]
    [InlineData("actually the pain is 7", "en", "change-intensity")]
    [InlineData("Before a spasm", "en", "change-triggers")]
    [InlineData("change pain and age", "en", "change")]
    [InlineData("cambiar el dolor", "es", "change-intensity")]
    [InlineData("Antes de un espasmo", "es", "change-triggers")]
    [InlineData("sí, está bien", "es", "yes")]
    [InlineData("no está bien", "es", "change")]
    public async Task Recognize_TypedAtTheSummary_GivesTheChoice(string text, string language, string expected)
    {
        var answer = await Recognizer.RecognizeAsync(new UserInput { Text = text }, language, CancellationToken.None);

        Assert.Equal(expected, answer?.Choice);
    }

    [Fact]
    public async Task Recognize_OldCardNamingOneAnswer_StillChangesIt()
    {
        var answer = await Recognizer.RecognizeAsync(new UserInput { CardChoices = ["change-duration"] }, "en", CancellationToken.None);

        Assert.Equal("change-duration", answer?.Choice);
    }
}
