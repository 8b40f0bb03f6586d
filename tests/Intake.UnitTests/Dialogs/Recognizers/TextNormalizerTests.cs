using Intake.Dialogs.Recognizers;

namespace Intake.UnitTests.Dialogs.Recognizers;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Frío, AÑOS; estrés", new[] { "frio", "anos", "estres" })]
    [InlineData("I'm hot & tired!", new[] { "im", "hot", "tired" })]
    [InlineData("about 20min", new[] { "about", "20", "min" })]
    [InlineData("can’t", new[] { "cant" })]
    public void Words_TypedText_GivesPlainWords(string text, string[] expected)
        => Assert.Equal(expected, TextNormalizer.Words(text));
}
