using Intake.Dialogs.Recognizers;

namespace Intake.UnitTests.Dialogs.Recognizers;

public sealed class EmergencySignRecognizerTests
{
    private readonly EmergencySignRecognizer _recognizer = new(IntakeContent.Catalog);

    [Theory]
    [InlineData("I have crushing chest pain", "breathing-chest")]
    [InlineData("my calf is swollen and red", "calf-clot")]
    [InlineData("I can't breathe", "breathing-chest")]
    [InlineData("I think I wet myself", "bladder-bowel")]
    [InlineData("fever and a stiff neck since this morning", "fever-stiff-neck")]
    [InlineData("my leg looks wrong after I fell", "injury-deformity")]
    [InlineData("me duele el pecho", "breathing-chest")]
    [InlineData("tengo la pantorrilla hinchada", "calf-clot")]
    [InlineData("no puedo respirar", "breathing-chest")]
    public void Recognize_TypedSign_Found(string text, string expected)
        => Assert.Contains(expected, _recognizer.Recognize(text));

    [Theory]
    [InlineData("it happens when I fall asleep")]
    [InlineData("I don't have chest pain")]
    [InlineData("no chest pain")]
    [InlineData("my calf cramps at night")]
    [InlineData("stiff neck")]
    [InlineData("no tengo dolor de pecho")]
    [InlineData("")]
    public void Recognize_NoSign_NothingFound(string text)
        => Assert.Empty(_recognizer.Recognize(text));

    [Fact]
    public void Recognize_NegatedAndRealSign_FindsTheRealOne()
        => Assert.Equal(["breathing-chest"], _recognizer.Recognize("no fever, but I can't breathe"));
}
