using Intake.Bots.Recognizers;

namespace Intake.UnitTests.Bots.Recognizers;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("My CALVES hurt!", "my calf hurt")]
    [InlineData("both feet", "both foot")]
    [InlineData("Shoulders & arms", "shoulder arm")]
    [InlineData("¿Dónde? ¡En la pantorrilla!", "donde en la pantorrilla")]
    [InlineData("Español", "espanol")]
    [InlineData("  lower   back... ", "lower back")]
    [InlineData("7/10", "7 10")]
    [InlineData("bodies", "body")]
    [InlineData("yes", "yes")]
    [InlineData("", "")]
    public void Normalize_Text_IsLowerFoldedSingularAndSpaced(string text, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("my calf hurts", "calf", 3)]
    [InlineData("calf", "calf", 0)]
    [InlineData("calfskin boots", "calf", -1)]
    [InlineData("a half calf", "calf", 7)]
    [InlineData("lower back pain", "lower back", 0)]
    public void PhraseMatcher_Phrase_MatchesOnWordBoundariesOnly(string text, string phrase, int expected)
        => Assert.Equal(expected, PhraseMatcher.IndexOf(text, phrase));

    [Theory]
    [InlineData("actually the pain is 7", "the pain is 7")]
    [InlineData("no wait actually its my neck", "its my neck")]
    [InlineData("actually", "")]
    [InlineData("my calf hurts", "my calf hurts")]
    [InlineData("factually wrong", "factually wrong")]
    [InlineData("change how long it lasts", "it lasts")]
    public void PhraseMatcher_Without_TakesOutWholePhrasesLongestFirst(string text, string expected)
        => Assert.Equal(expected, PhraseMatcher.Without(text, ["change how long", "no wait", "actually", "long"]));
}
