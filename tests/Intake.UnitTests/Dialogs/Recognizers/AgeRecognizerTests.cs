using Intake.Dialogs.Recognizers;

namespace Intake.UnitTests.Dialogs.Recognizers;

public sealed class AgeRecognizerTests
{
    private readonly AgeRecognizer _recognizer = new(IntakeContent.Catalog);

    [Theory]
    [InlineData("45", "en", "18-49")]
    [InlineData("I'm 70", "en", "65-plus")]
    [InlineData("im 64", "en", "50-64")]
    [InlineData("65", "en", "65-plus")]
    [InlineData("17", "en", "under-18")]
    [InlineData("18", "en", "18-49")]
    [InlineData("49 years old", "en", "18-49")]
    [InlineData("50", "en", "50-64")]
    [InlineData("sixty five", "en", "65-plus")]
    [InlineData("seventy-two", "en", "65-plus")]
    [InlineData("in my 50s", "en", "50-64")]
    [InlineData("my son is 12", "en", "under-18")]
    [InlineData("she's 8 months old", "en", "under-18")]
    [InlineData("I'm 45 and I've had them for 3 weeks", "en", "18-49")]
    [InlineData("had them for 3 years, I'm 81", "en", "65-plus")]
    [InlineData("tengo 45 años", "es", "18-49")]
    [InlineData("tengo 45 años de edad", "es", "18-49")]
    [InlineData("sesenta y cinco", "es", "65-plus")]
    [InlineData("mi hija tiene 9", "es", "under-18")]
    [InlineData("setenta", "es", "65-plus")]
    [InlineData("8 meses de nacido", "es", "under-18")]
    [InlineData("hace 2 años que me pasa, tengo 58", "es", "50-64")]
    public void Recognize_TypedAge_GivesItsBand(string text, string language, string band)
        => Assert.Equal(band, _recognizer.Recognize(text, language));

    [Theory]
    [InlineData("for 3 years", "en")]
    [InlineData("150", "en")]
    [InlineData("old enough", "en")]
    [InlineData("hace 2 años", "es")]
    [InlineData("", "en")]
    public void Recognize_NoAge_GivesNothing(string text, string language)
        => Assert.Null(_recognizer.Recognize(text, language));
}
