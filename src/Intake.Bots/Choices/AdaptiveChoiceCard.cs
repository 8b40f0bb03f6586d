using Intake.Bots.Cards;
using Intake.Bots.Recognizers;
using Intake.Schema;

namespace Intake.Bots.Choices;

/// <summary>
/// Adaptive Cards for questions. A button submits <c>{"choice":"code"}</c>; a multi-select card submits
/// its Input.ChoiceSet as <c>{"choices":"a,b"}</c>.
/// </summary>
internal static class AdaptiveChoiceCard
{
    /// <summary>One Action.Submit button per choice.</summary>
    public static Attachment Buttons(string text, IReadOnlyList<LabelledChoice> choices, int maxTitleLength)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var actions = new AdaptiveAction[choices.Count];
        for (var i = 0; i < choices.Count; i++)
        {
            var (code, label) = choices[i];
            var title = maxTitleLength > 0 && label.Length > maxTitleLength ? label[..maxTitleLength] : label;
            actions[i] = new AdaptiveSubmitAction { Title = title, Data = new AdaptiveSubmitData { Choice = code } };
        }

        return new AdaptiveCard { Body = [Question(text)], Actions = actions }.ToAttachment();
    }

    /// <summary>A multi-select Input.ChoiceSet (id <c>choices</c>) and one submit button.</summary>
    public static Attachment MultiSelect(string text, IReadOnlyList<LabelledChoice> choices, string submitLabel)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var input = new AdaptiveChoiceSetInput
        {
            Id = UserInput.ChoicesField,
            IsMultiSelect = true,
            Style = "expanded",
            Choices = [.. choices.Select(c => new AdaptiveChoice(c.Label, c.Code))],
        };
        return new AdaptiveCard { Body = [Question(text), input], Actions = [new AdaptiveSubmitAction { Title = submitLabel }] }.ToAttachment();
    }

    private static AdaptiveTextBlock Question(string text) => new() { Text = text };
}
