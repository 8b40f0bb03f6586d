using System.Text.Json;
using Intake.Bots.Cards;
using Intake.Schema;

namespace Intake.Bots.Teams;

/// <summary>
/// Fits a reply to what Teams shows: suggested actions become an Adaptive Card of <c>Action.Submit</c>
/// buttons where Teams would not show them all (more than three, or outside a personal chat), and a text
/// too long for one Teams message is sent as several, each under <see cref="MaxActivityBytes"/> of JSON.
/// </summary>
internal static class TeamsReplyShaper
{
    /// <summary>Teams shows the first three suggested actions only.</summary>
    public const int MaxSuggestedActions = 3;

    /// <summary>The design target for one Teams activity: under the ~28 KB a Teams chat post may hold.</summary>
    public const int MaxActivityBytes = 28_000;

    public static IEnumerable<Activity> Shape(Activity reply, bool personal)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.IsType(ActivityTypes.Message))
        {
            return [reply];
        }

        var shaped = reply.SuggestedActions is { Actions.Count: > 0 } suggested && (suggested.Actions.Count > MaxSuggestedActions || !personal)
            ? WithCard(reply, suggested)
            : reply;
        return TeamsTextSplitter.Split(shaped, MaxActivityBytes);
    }

    private static Activity WithCard(Activity reply, SuggestedActions suggested)
    {
        var card = new AdaptiveCard
        {
            FallbackText = reply.Text,
            Body = string.IsNullOrEmpty(reply.Text) ? [] : [new AdaptiveTextBlock { Text = reply.Text }],
            Actions = [.. suggested.Actions.Select(Button)],
        };
        return reply with
        {
            Text = null,
            Summary = reply.Summary ?? reply.Text,
            SuggestedActions = null,
            Attachments = [.. reply.Attachments ?? [], card.ToAttachment()],
        };
    }

    // An imBack keeps working as one: the button posts its value as the patient's visible message.
    private static AdaptiveAction Button(CardAction action)
    {
        var value = action.Value is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;
        var title = action.Title ?? value ?? string.Empty;
        if (string.Equals(action.Type, ActionTypes.OpenUrl, StringComparison.Ordinal) && Uri.TryCreate(value, UriKind.Absolute, out var url))
        {
            return new AdaptiveOpenUrlAction { Title = title, Url = url };
        }

        return new AdaptiveSubmitAction { Title = title, Data = new AdaptiveSubmitData { MsTeams = new TeamsImBack { Value = value ?? title } } };
    }
}
