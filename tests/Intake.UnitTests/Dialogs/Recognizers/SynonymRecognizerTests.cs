using Intake.Dialogs.Recognizers;

namespace Intake.UnitTests.Dialogs.Recognizers;

public sealed class SynonymRecognizerTests
{
    [Theory]
    [InlineData("triggers", "when I'm hot and tired", "en", new[] { "fatigue", "heat" })]
    [InlineData("triggers", "I didn't stretch and it was humid", "en", new[] { "humidity", "no-stretching" })]
    [InlineData("triggers", "running in the heat", "en", new[] { "hot-activity" })]
    [InlineData("triggers", "stress, and I was dehydrated", "en", new[] { "stress", "dehydration" })]
    [InlineData("triggers", "not sure", "en", new[] { "none" })]
    [InlineData("triggers", "cuando tengo calor y estoy cansado", "es", new[] { "fatigue", "heat" })]
    [InlineData("triggers", "estrés y mucho frío", "es", new[] { "stress", "cold" })]
    [InlineData("triggers", "no sé", "es", new[] { "none" })]
    [InlineData("symptoms", "tight muscles and stiff knees", "en", new[] { "tightness", "stiff-joints" })]
    [InlineData("symptoms", "it's hard to walk", "en", new[] { "difficulty-moving" })]
    [InlineData("symptoms", "músculos tensos", "es", new[] { "tightness" })]
    [InlineData("redflags", "it's getting worse and I can't do chores", "en", new[] { "worsening", "daily-tasks" })]
    [InlineData("redflags", "none", "en", new[] { "none" })]
    [InlineData("nerve", "I have MS", "en", new[] { "ms" })]
    [InlineData("nerve", "foot cramps and I drag my leg", "en", new[] { "foot-cramps", "dragging-leg" })]
    [InlineData("nerve", "amyotrophic lateral sclerosis", "en", new[] { "als" })]
    [InlineData("nerve", "esclerosis múltiple", "es", new[] { "ms" })]
    [InlineData("nerve", "ELA", "es", new[] { "als" })]
    [InlineData("worsening", "yeah they are", "en", new[] { "yes" })]
    [InlineData("worsening", "about the same", "en", new[] { "no" })]
    [InlineData("worsening", "sí", "es", new[] { "yes" })]
    [InlineData("confirm", "change pain", "en", new[] { "change-intensity" })]
    public void Recognize_EverydayWords_GivesCodes(string step, string text, string language, string[] expected)
        => Assert.Equal(expected, new SynonymRecognizer(IntakeContent.Catalog, step).Recognize(text, language));

    [Fact]
    public void Recognize_NoneWithOthers_DropsNone()
        => Assert.Equal(["stress"], new SynonymRecognizer(IntakeContent.Catalog, "triggers").Recognize("no, just stress", "en"));

    [Fact]
    public void Recognize_ButtonLabel_GivesItsCode()
        => Assert.Equal(["no-stretching"], new SynonymRecognizer(IntakeContent.Catalog, "triggers").Recognize("No stretching first", "en"));

    [Fact]
    public void Recognize_Gibberish_GivesNothing()
        => Assert.Empty(new SynonymRecognizer(IntakeContent.Catalog, "triggers").Recognize("qwerty zxcv", "en"));
}
