using System.Globalization;
using System.Text;
using System.Text.Json;
using Intake.Bots.Capabilities;
using Intake.Schema;

namespace Intake.Bots.Choices;

/// <summary>
/// Turns a question and its choices into the activity the channel shows best (see <see cref="ChannelCapabilities"/>).
/// Every card activity carries a plain-text fallback in <c>summary</c>: the question and a numbered list.
/// </summary>
public static class ChoiceRenderer
{
    /// <summary>The style a channel gets for a question.</summary>
    private static ChoiceStyle StyleFor(ChannelCapabilities channel, int choiceCount, bool multiple)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (choiceCount == 0)
        {
            return ChoiceStyle.None;
        }

        if (multiple)
        {
            return channel.AdaptiveCards ? ChoiceStyle.MultiSelectCard : ChoiceStyle.NumberedList;
        }

        if (choiceCount <= channel.MaxSuggestedActions)
        {
            return ChoiceStyle.SuggestedActions;
        }

        return channel.AdaptiveCards ? ChoiceStyle.ButtonCard : ChoiceStyle.NumberedList;
    }

    /// <summary>The prompt activity (not yet addressed).</summary>
    public static Activity Render(ChannelCapabilities channel, string? userId, string text, IReadOnlyList<LabelledChoice> choices, bool multiple, string submitLabel, JsonElement? channelData)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(choices);
        var prompt = new Activity
        {
            Type = ActivityTypes.Message,
            InputHint = InputHints.ExpectingInput,
            ChannelData = channelData,
        };
        switch (StyleFor(channel, choices.Count, multiple))
        {
            case ChoiceStyle.SuggestedActions:
                return prompt with
                {
                    Text = text,
                    SuggestedActions = new SuggestedActions
                    {
                        To = userId is null ? null : [userId],
                        Actions = [.. choices.Select(c => ImBack(Title(c.Label, channel)))],
                    },
                };
            case ChoiceStyle.ButtonCard:
            case ChoiceStyle.MultiSelectCard:
                var card = multiple ? AdaptiveChoiceCard.MultiSelect(text, choices, submitLabel) : AdaptiveChoiceCard.Buttons(text, choices, channel.MaxActionTitleLength);
                return prompt with { Summary = NumberedList(text, choices), Attachments = [card] };
            case ChoiceStyle.NumberedList:
                return prompt with { Text = NumberedList(text, choices) };
            default:
                return prompt with { Text = text };
        }
    }

    /// <summary>"Question\n\n1. First\n2. Second": what a plain channel shows and what a card falls back to.</summary>
    private static string NumberedList(string text, IReadOnlyList<LabelledChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var builder = new StringBuilder(text).Append("\n\n");
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{i + 1}. {choices[i].Label}");
            if (i < choices.Count - 1)
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    private static CardAction ImBack(string label) => new()
    {
        Type = ActionTypes.ImBack,
        Title = label,
        Value = JsonSerializer.SerializeToElement(label, SchemaJsonContext.Default.String),
    };

    private static string Title(string label, ChannelCapabilities channel)
        => label.Length <= channel.MaxActionTitleLength ? label : label[..channel.MaxActionTitleLength];
}
