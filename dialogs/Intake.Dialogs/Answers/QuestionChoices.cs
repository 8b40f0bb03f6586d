using Intake.Bots.Choices;

namespace Intake.Dialogs.Answers;

/// <summary>The choices of a question whose content is laid out as <c>{step}.choices.{code}.label</c> and <c>.synonyms</c>.</summary>
internal static class QuestionChoices
{
    public static ChoiceList For(string step, IEnumerable<string> codes)
        => new([.. codes.Select(code => new Choice(code, $"{step}.choices.{code}.label", $"{step}.choices.{code}.synonyms"))]);
}
