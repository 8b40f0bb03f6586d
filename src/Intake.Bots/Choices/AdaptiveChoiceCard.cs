using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Bots.Capabilities;
using Intake.Bots.Recognizers;
using Intake.Schema;

namespace Intake.Bots.Choices;

/// <summary>
/// Adaptive Cards (v1.5, what Teams and Web Chat both render) for questions. A button submits
/// <c>{"choice":"code"}</c>; a multi-select card submits its Input.ChoiceSet as <c>{"choices":"a,b"}</c>.
/// </summary>
public static class AdaptiveChoiceCard
{
    /// <summary>One Action.Submit button per choice.</summary>
    public static JsonElement Buttons(string text, IReadOnlyList<LabelledChoice> choices, int maxTitleLength)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var actions = new JsonArray();
        foreach (var choice in choices)
        {
            var title = maxTitleLength > 0 && choice.Label.Length > maxTitleLength ? choice.Label[..maxTitleLength] : choice.Label;
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = title,
                ["data"] = new JsonObject { [UserInput.ChoiceField] = choice.Code },
            });
        }

        return Card(text, new JsonArray(), actions);
    }

    /// <summary>A multi-select Input.ChoiceSet (id <c>choices</c>) and one submit button.</summary>
    public static JsonElement MultiSelect(string text, IReadOnlyList<LabelledChoice> choices, string submitLabel)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var options = new JsonArray();
        foreach (var choice in choices)
        {
            options.Add(new JsonObject { ["title"] = choice.Label, ["value"] = choice.Code });
        }

        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = UserInput.ChoicesField,
            ["isMultiSelect"] = true,
            ["style"] = "expanded",
            ["choices"] = options,
        };
        var submit = new JsonObject { ["type"] = "Action.Submit", ["title"] = submitLabel };
        return Card(text, new JsonArray { input }, new JsonArray { submit });
    }

    private static JsonElement Card(string text, JsonArray inputs, JsonArray actions)
    {
        var body = new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true } };
        foreach (var input in inputs.ToArray())
        {
            inputs.Remove(input);
            body.Add(input);
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = ChannelCapabilities.AdaptiveCardVersion,
            ["body"] = body,
            ["actions"] = actions,
        };
        return JsonSerializer.SerializeToElement<JsonNode>(card, SchemaJsonContext.Default.JsonNode);
    }
}
