using System.Text.Json;
using Intake.Bots.Cards;
using Intake.Schema;

namespace Intake.Dialogs.Results;

/// <summary>
/// The call card as an attachment: an Adaptive Card (Teams, Web Chat, the Emulator) whose call button
/// is an <c>Action.OpenUrl</c> to the <c>tel:</c> link (Teams has no call action), or a hero card with a
/// <c>call</c> button elsewhere. Both carry the plain-text fallback.
/// </summary>
internal static class CallCardRenderer
{
    public static Attachment Adaptive(CallCard card, IReadOnlyList<ResultAction> submits)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(submits);
        List<AdaptiveAction> actions = [.. card.Calls.Concat(card.Bookings).Select(link => new AdaptiveOpenUrlAction { Title = link.Label, Url = link.Target })];

        // Teams turns these into typed messages (imBack); other clients submit the same text as value.
        actions.AddRange(submits.Select(a => new AdaptiveSubmitAction { Title = a.Label, Data = new AdaptiveSubmitData { MsTeams = new TeamsImBack { Value = a.Label } } }));
        return new AdaptiveCard
        {
            FallbackText = card.Fallback,
            Speak = card.Fallback,
            Body = [new AdaptiveTextBlock { Text = card.Title, Weight = "Bolder", Size = "Medium" }, new AdaptiveTextBlock { Text = card.Text }],
            Actions = actions,
        }.ToAttachment();
    }

    public static Attachment Hero(CallCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        List<CardAction> buttons =
        [
            .. card.Calls.Select(call => new CardAction { Type = ActionTypes.Call, Title = call.Label, Value = Json(call.Target.OriginalString) }),
            .. card.Bookings.Select(book => new CardAction { Type = ActionTypes.OpenUrl, Title = book.Label, Value = Json(book.Target.OriginalString) }),
        ];

        var hero = new HeroCard { Title = card.Title, Text = card.Text, Buttons = buttons };
        return new Attachment { ContentType = ContentTypes.HeroCard, Content = JsonSerializer.SerializeToElement(hero, SchemaJsonContext.Default.HeroCard) };
    }

    private static JsonElement Json(string text) => JsonSerializer.SerializeToElement(text, SchemaJsonContext.Default.String);
}
