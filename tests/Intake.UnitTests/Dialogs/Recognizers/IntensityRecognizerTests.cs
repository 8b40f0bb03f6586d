using Intake.Dialogs.Recognizers;

namespace Intake.UnitTests.Dialogs.Recognizers;

public sealed class IntensityRecognizerTests
{
    private readonly IntensityRecognizer _recognizer = new(IntakeContent.Catalog);

    [Theory]
    [InlineData("7", "en", 7)]
    [InlineData("seven", "en", 7)]
    [InlineData("7/10", "en", 7)]
    [InlineData("about a 6 out of 10", "en", 6)]
    [InlineData("10 out of 10", "en", 10)]
    [InlineData("0", "en", 0)]
    [InlineData("really bad", "en", 8)]
    [InlineData("mild", "en", 2)]
    [InlineData("moderate", "en", 5)]
    [InlineData("worst ever", "en", 10)]
    [InlineData("not bad", "en", 2)]
    [InlineData("just a mild twitch", "en", 2)]
    [InlineData("maybe 6 or 7", "en", 7)]
    [InlineData("siete", "es", 7)]
    [InlineData("8 de 10", "es", 8)]
    [InlineData("leve", "es", 2)]
    [InlineData("muy fuerte", "es", 8)]
    [InlineData("el peor dolor de mi vida", "es", 10)]
    [InlineData("moderado", "es", 5)]
    public void Recognize_EverydayPain_GivesScore(string text, string language, int expected)
        => Assert.Equal(expected, _recognizer.Recognize(text, language));

    [Theory]
    [InlineData("11")]
    [InlineData("42/10")]
    [InlineData("my calf")]
    public void Recognize_NoScore_GivesNull(string text)
        => Assert.Null(_recognizer.Recognize(text, "en"));

    [Theory]
    [InlineData("-2")]
    [InlineData("- 3")]
    [InlineData("its -1 lol")]
    [InlineData("11")]
    [InlineData("15 out of 10")]
    public void Recognize_OutsideTheScale_GivesNothingSoItIsAskedAgain(string text)
        => Assert.Null(_recognizer.Recognize(text, "en"));

    [Fact]
    public void Recognize_ARange_TakesTheHigherEnd()
        => Assert.Equal(8, _recognizer.Recognize("7-8", "en"));
}
