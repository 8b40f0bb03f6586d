using System.Text.Json;
using Intake.Bots.Capabilities;
using Intake.Dialogs.Flow;
using Intake.Dialogs.Triage;
using Intake.Schema;

namespace Intake.Dialogs.Results;

/// <summary>
/// The result as one message activity: the text (care level first), the call card, the next actions
/// and <c>channelData.intake = {careLevel, ruleIds}</c>. Where cards are not shown the text also
/// carries the card's fallback sentence.
/// </summary>
internal static class ResultActivity
{
    /// <param name="channel">What the channel shows: Adaptive Cards (Teams, Web Chat, the Emulator) or a hero card;
    /// suggested actions, or (Teams) the next actions on the card.</param>
    /// <param name="userId">Who the suggested actions are for.</param>
    public static Activity Render(ResultMessage result, ChannelCapabilities channel, string? userId)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(channel);
        var adaptiveCards = channel.AdaptiveCards;
        var suggestedActions = channel.MaxSuggestedActions >= result.Actions.Count;
        var text = string.Join("\n\n", result.Paragraphs);
        var onCard = suggestedActions ? [] : result.Actions;
        var attachment = adaptiveCards ? CallCardRenderer.Adaptive(result.Card, onCard) : CallCardRenderer.Hero(result.Card);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = adaptiveCards ? text : text + "\n\n" + result.Card.Fallback,
            Attachments = [attachment],
            SuggestedActions = suggestedActions && result.Actions.Count > 0
                ? new SuggestedActions
                {
                    To = userId is null ? null : [userId],
                    Actions = [.. result.Actions.Select(a => new CardAction { Type = ActionTypes.ImBack, Title = a.Label, Value = JsonSerializer.SerializeToElement(a.Label, SchemaJsonContext.Default.String) })],
                }
                : null,
            InputHint = InputHints.AcceptingInput,
            ChannelData = IntakeChannelData.ForOutcome(result.Level.Name(), result.RuleIds),
        };
    }
}
