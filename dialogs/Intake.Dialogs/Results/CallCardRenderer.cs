using System.Text.Json;
using Intake.Dialogs.Json;
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
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(submits);
        var content = JsonElementWriter.Write((card, submits), static (writer, state) => WriteAdaptive(writer, state.card, state.submits));
        return new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = content };
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

    private static void WriteAdaptive(Utf8JsonWriter writer, CallCard card, IReadOnlyList<ResultAction> submits)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "AdaptiveCard");
        writer.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        writer.WriteString("version", AdaptiveCardVersion);
        writer.WriteString("fallbackText", card.Fallback);
        writer.WriteString("speak", card.Fallback);
        writer.WriteStartArray("body");
        writer.WriteStartObject();
        writer.WriteString("type", "TextBlock");
        writer.WriteString("text", card.Title);
        writer.WriteString("weight", "Bolder");
        writer.WriteString("size", "Medium");
        writer.WriteBoolean("wrap", true);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("type", "TextBlock");
        writer.WriteString("text", card.Text);
        writer.WriteBoolean("wrap", true);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("actions");
        WriteOpenUrl(writer, card.CallLabel, card.Phone);
        if (card.Booking is { } booking && card.BookLabel is { } book)
        {
            WriteOpenUrl(writer, book, booking);
        }

        foreach (var action in submits)
        {
            // Teams turns this into a typed message (imBack); other clients submit the same text as value.
            writer.WriteStartObject();
            writer.WriteString("type", "Action.Submit");
            writer.WriteString("title", action.Label);
            writer.WriteStartObject("data");
            writer.WriteStartObject("msteams");
            writer.WriteString("type", "imBack");
            writer.WriteString("value", action.Label);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOpenUrl(Utf8JsonWriter writer, string title, Uri url)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Action.OpenUrl");
        writer.WriteString("title", title);
        writer.WriteString("url", url.OriginalString);
        writer.WriteEndObject();
    }

    private static JsonElement Json(string text) => JsonSerializer.SerializeToElement(text, SchemaJsonContext.Default.String);
}
