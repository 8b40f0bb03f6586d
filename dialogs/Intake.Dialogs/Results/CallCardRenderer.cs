using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Schema;

namespace Intake.Dialogs.Results;

/// <summary>
/// The call card as an attachment: an Adaptive Card 1.5 (Teams, Web Chat, the Emulator) whose call
/// button is an <c>Action.OpenUrl</c> to the <c>tel:</c> link (Teams has no call action), or a hero card
/// with a <c>call</c> button elsewhere. Both carry the plain-text fallback.
/// </summary>
internal static class CallCardRenderer
{
    public const string AdaptiveCardVersion = "1.5";

    public static Attachment Adaptive(CallCard card, IReadOnlyList<ResultAction> submits)
    {
        var actions = new JsonArray { OpenUrl(card.CallLabel, card.Phone) };
        if (card.Booking is { } booking && card.BookLabel is { } book)
        {
            actions.Add(OpenUrl(book, booking));
        }

        foreach (var action in submits)
        {
            // Teams turns this into a typed message (imBack); other clients submit the same text as value.
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = action.Label,
                ["data"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = action.Label } },
            });
        }

        var json = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = AdaptiveCardVersion,
            ["fallbackText"] = card.Fallback,
            ["speak"] = card.Fallback,
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = card.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = card.Text, ["wrap"] = true },
            },
            ["actions"] = actions,
        };
        return new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement<JsonNode>(json, SchemaJsonContext.Default.JsonNode) };
    }

    public static Attachment Hero(CallCard card)
    {
        List<CardAction> buttons = [new() { Type = ActionTypes.Call, Title = card.CallLabel, Value = Json(card.Phone.OriginalString) }];
        if (card.Booking is { } booking && card.BookLabel is { } book)
        {
            buttons.Add(new CardAction { Type = ActionTypes.OpenUrl, Title = book, Value = Json(booking.OriginalString) });
        }

        var hero = new HeroCard { Title = card.Title, Text = card.Text, Buttons = buttons };
        return new Attachment { ContentType = ContentTypes.HeroCard, Content = JsonSerializer.SerializeToElement(hero, SchemaJsonContext.Default.HeroCard) };
    }

    private static JsonObject OpenUrl(string title, Uri url)
        => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.OriginalString };

    private static JsonElement Json(string text) => JsonSerializer.SerializeToElement(text, SchemaJsonContext.Default.String);
}
