using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Schema;

namespace Intake.Dialogs.Flow;

/// <summary>The <c>channelData.intake</c> shapes of the DESIGN.md contract: the question's step, or the outcome.</summary>
internal static class IntakeChannelData
{
    /// <summary><c>{"intake":{"step":"location"}}</c>.</summary>
    public static JsonElement ForStep(string step)
        => Wrap(new JsonObject { ["step"] = step });

    /// <summary><c>{"intake":{"careLevel":"emergency","ruleIds":[…]}}</c>.</summary>
    public static JsonElement ForOutcome(string careLevel, IReadOnlyList<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        var ids = new JsonArray();
        foreach (var id in ruleIds)
        {
            ids.Add(id);
        }

        return Wrap(new JsonObject { ["careLevel"] = careLevel, ["ruleIds"] = ids });
    }

    private static JsonElement Wrap(JsonObject intake)
        => JsonSerializer.SerializeToElement<JsonNode>(new JsonObject { ["intake"] = intake }, SchemaJsonContext.Default.JsonNode);
}
