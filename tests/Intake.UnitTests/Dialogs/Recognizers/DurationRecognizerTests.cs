using Intake.Dialogs.Recognizers;

namespace Intake.UnitTests.Dialogs.Recognizers;

public sealed class DurationRecognizerTests
{
    private readonly DurationRecognizer _recognizer = new(IntakeContent.Catalog);

    [Theory]
    [InlineData("a few seconds", "en", "seconds")]
    [InlineData("about 20 min", "en", "long")]
    [InlineData("half an hour", "en", "long")]
    [InlineData("15 minutes", "en", "long")]
    [InlineData("2 mins", "en", "minutes")]
    [InlineData("14 minutes", "en", "minutes")]
    [InlineData("30 seconds", "en", "seconds")]
    [InlineData("90 seconds", "en", "minutes")]
    [InlineData("a minute or so", "en", "minutes")]
    [InlineData("like 5-10min", "en", "minutes")]
    [InlineData("an hour", "en", "long")]
    [InlineData("a couple of minutes", "en", "minutes")]
    [InlineData("really quick", "en", "seconds")]
    [InlineData("a long time", "en", "long")]
    [InlineData("un par de segundos", "es", "seconds")]
    [InlineData("media hora", "es", "long")]
    [InlineData("unos 20 minutos", "es", "long")]
    [InlineData("como dos minutos", "es", "minutes")]
    [InlineData("un ratito", "es", "minutes")]
    [InlineData("Unos segundos", "es", "seconds")]
    [InlineData("15 minutos o más", "es", "long")]
    public void Recognize_EverydayDuration_GivesItsBucket(string text, string language, string expected)
        => Assert.Equal(expected, _recognizer.Recognize(text, language));

    [Theory]
    [InlineData("a few seconds", "es", "seconds")]
    [InlineData("media hora", "en", "long")]
    public void Recognize_OtherLanguageWords_StillUnderstood(string text, string language, string expected)
        => Assert.Equal(expected, _recognizer.Recognize(text, language));

    [Theory]
    [InlineData("banana")]
    [InlineData("")]
    [InlineData("20")]
    public void Recognize_NoDuration_GivesNull(string text)
        => Assert.Null(_recognizer.Recognize(text, "en"));
}
