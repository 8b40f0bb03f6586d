using Intake.Dialogs.Recognizers;

namespace Intake.UnitTests.Dialogs.Recognizers;

public sealed class HistoryRecognizerTests
{
    private readonly HistoryRecognizer _recognizer = new(IntakeContent.Catalog);

    [Theory]
    [InlineData("since last week", "en", "days")]
    [InlineData("first time", "en", "first")]
    [InlineData("this is the first time", "en", "first")]
    [InlineData("for months", "en", "months")]
    [InlineData("for weeks now", "en", "weeks")]
    [InlineData("3 days", "en", "days")]
    [InlineData("since yesterday", "en", "days")]
    [InlineData("2 weeks", "en", "weeks")]
    [InlineData("about a month", "en", "months")]
    [InlineData("for years", "en", "months")]
    [InlineData("a couple of weeks", "en", "weeks")]
    [InlineData("desde hace semanas", "es", "weeks")]
    [InlineData("desde la semana pasada", "es", "days")]
    [InlineData("es la primera vez", "es", "first")]
    [InlineData("hace 3 meses", "es", "months")]
    [InlineData("desde ayer", "es", "days")]
    [InlineData("hace años", "es", "months")]
    [InlineData("since last monday", "en", "days")]
    [InlineData("started on saturday after soccer", "en", "days")]
    [InlineData("since the weekend", "en", "days")]
    [InlineData("desde el lunes", "es", "days")]
    [InlineData("desde el miércoles pasado", "es", "days")]
    [InlineData("empezó el finde", "es", "days")]
    public void Recognize_EverydayHistory_GivesItsBucket(string text, string language, string expected)
        => Assert.Equal(expected, _recognizer.Recognize(text, language));

    [Theory]
    [InlineData("purple")]
    [InlineData("for 10 minutes")]
    public void Recognize_NoHistory_GivesNull(string text)
        => Assert.Null(_recognizer.Recognize(text, "en"));
}
