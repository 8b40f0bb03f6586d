using Intake.Bots.Choices;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.UnitTests.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Flow;

/// <summary>The background red flags typed in everyday words: denied, past and someone else's are read as such; doubt counts as yes.</summary>
public sealed class BackgroundAnswerRecognizerTests
{
    private static readonly ChoiceList Choices = QuestionChoices.For(IntakeSteps.Background, AnswerCodes.Background);
    private static readonly BackgroundAnswerRecognizer Recognizer = new(Choices, new ChoiceRecognizer(IntakeContent.Catalog, Choices, PromptKeys.Connectors), UnderstandingData.Reader);

    private static async Task<IReadOnlyList<string>?> ReadAsync(string text, string language)
        => (await Recognizer.RecognizeAsync(new UserInput { Text = text }, language, CancellationToken.None))?.Choices;

    [Theory]
    [InlineData("I had breast cancer 5 years ago", "en", "cancer")]
    [InlineData("im on chemo rn", "en", "cancer")]
    [InlineData("i've lost like 15 pounds without trying", "en", "weight-loss")]
    [InlineData("I have a fever and chills", "en", "fever-unwell")]
    [InlineData("the pain wakes me up at night", "en", "night-pain")]
    [InlineData("I fell down the stairs last week", "en", "recent-fall")]
    [InlineData("my doctor started me on a statin last month", "en", "new-medicine")]
    [InlineData("I'm pregnant", "en", "pregnant")]
    [InlineData("I might be pregnant", "en", "pregnant")]
    [InlineData("my foot slaps the floor when I walk", "en", "limb-weakness")]
    [InlineData("pregnant and I have a fever", "en", "fever-unwell,pregnant")]
    [InlineData("none", "en", "none")]
    [InlineData("tuve cáncer de mama hace 5 años", "es", "cancer")]
    [InlineData("estoy embarazada", "es", "pregnant")]
    [InlineData("he bajado de peso sin querer", "es", "weight-loss")]
    [InlineData("me caí hace una semana", "es", "recent-fall")]
    [InlineData("tengo calentura", "es", "fever-unwell")]
    [InlineData("ninguna", "es", "none")]
    public async Task Typed_Flag_IsItsCode(string text, string language, string codes)
        => Assert.Equal(codes.Split(','), await ReadAsync(text, language));

    [Theory]
    [InlineData("no cancer, no weight loss", "en")]
    [InlineData("I'm not pregnant", "en")]
    [InlineData("my mom had cancer", "en")]
    [InlineData("no fever", "en")]
    [InlineData("no fever, he didn't fall, no new medicine", "en")]
    [InlineData("no tengo fiebre ni estoy embarazada", "es")]
    [InlineData("mi papá tuvo cáncer", "es")]
    public async Task Typed_DeniedOrSomeoneElses_IsNone(string text, string language)
        => Assert.Equal([AnswerCodes.None], await ReadAsync(text, language));

    [Fact]
    public async Task Typed_DeniedOneAndHasAnother_KeepsOnlyTheOneThatIsTrue()
        => Assert.Equal(["recent-fall"], await ReadAsync("no cancer but I fell last week", "en"));

    [Fact]
    public async Task Typed_NothingItKnows_IsNotUnderstood()
        => Assert.Null(await ReadAsync("purple elephant", "en"));
}
