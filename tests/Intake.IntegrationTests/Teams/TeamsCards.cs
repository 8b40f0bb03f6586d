using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Schema;

namespace Intake.IntegrationTests.Teams;

/// <summary>What a Teams user can tap on the bot's Adaptive Cards, and the value Teams would submit for it.</summary>
public static class TeamsCards
{
    /// <summary>The Adaptive Cards of <paramref name="replies"/>.</summary>
    public static IEnumerable<JsonElement> Of(IEnumerable<Activity> replies)
        => replies.SelectMany(r => r.Attachments ?? []).Where(a => a.ContentType == ContentTypes.AdaptiveCard && a.Content is not null).Select(a => a.Content!.Value);

    /// <summary>
    /// The value submitted by tapping the button titled <paramref name="label"/>, or by choosing it in a choice
    /// set and tapping the card's submit button; <c>null</c> when no card offers it.
    /// </summary>
    public static JsonElement? SubmitFor(IEnumerable<Activity> replies, string label)
    {
        foreach (var card in Of(replies))
        {
            foreach (var action in Array(card, "actions"))
            {
                if (Is(action, "type", "Action.Submit") && Is(action, "title", label))
                {
                    return action.TryGetProperty("data", out var data) ? data : JsonSerializer.SerializeToElement(new JsonObject());
                }
            }

            foreach (var input in Array(card, "body").Where(b => Is(b, "type", "Input.ChoiceSet")))
            {
                var choice = Array(input, "choices").FirstOrDefault(c => Is(c, "title", label));
                if (choice.ValueKind == JsonValueKind.Object)
                {
                    return JsonSerializer.SerializeToElement(new JsonObject { [input.GetProperty("id").GetString()!] = choice.GetProperty("value").GetString() });
                }
            }
        }

        return null;
    }

    private static JsonElement[] Array(JsonElement element, string name)
        => element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static bool Is(JsonElement element, string name, string value)
        => element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            && string.Equals(property.GetString(), value, StringComparison.OrdinalIgnoreCase);
}
