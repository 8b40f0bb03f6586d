using Intake.Bots.Choices;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;

namespace Intake.UnitTests.Dialogs.Recognizers;

/// <summary>
/// The questions' synonym lists, read the way the intake reads typed answers (the engine's choice
/// recognizer over <c>{step}.choices.{code}</c>): several at once, in English and Spanish.
/// </summary>
public sealed class ChoiceWordsTests
{
    private static IReadOnlyList<string>? Recognize(string step, string text, string language)
    {
        var choices = QuestionChoices.For(step, ChoiceQuestions.ByStep[step]);
        return new ChoiceRecognizer(IntakeContent.Catalog, choices, PromptKeys.Connectors).Recognize(new UserInput { Text = text }, language, multiple: true);
    }

    [Theory]
    [InlineData("triggers", "when I'm hot and tired", "en", new[] { "fatigue", "heat" })]
    [InlineData("triggers", "when im hot and tired", "en", new[] { "fatigue", "heat" })]
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
    [InlineData("duration", "really quick", "en", new[] { "seconds" })]
    [InlineData("history", "for the first time", "en", new[] { "first" })]
    public void Recognize_EverydayWords_GivesCodes(string step, string text, string language, string[] expected)
        => Assert.Equal(expected, Recognize(step, text, language));

    [Fact]
    public void Recognize_ButtonLabel_GivesItsCode()
        => Assert.Equal(["no-stretching"], Recognize("triggers", "No stretching first", "en"));

    [Fact]
    public void Recognize_Gibberish_GivesNothing()
        => Assert.Null(Recognize("triggers", "qwerty zxcv", "en"));
}
