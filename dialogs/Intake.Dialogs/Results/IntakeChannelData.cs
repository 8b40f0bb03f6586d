using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Schema;

namespace Intake.Dialogs.Results;

/// <summary>The <c>channelData.intake</c> contract of DESIGN.md: the question's step, or the result's level and rule ids.</summary>
public static class IntakeChannelData
{
    /// <summary><c>{"intake":{"step":"duration"}}</c> for a question and its re-asks.</summary>
    public static JsonElement Step(string step)
        => Build(new JsonObject { ["step"] = step });

    /// <summary><c>{"intake":{"careLevel":"urgent","ruleIds":[…]}}</c> for the result.</summary>
    public static JsonElement Outcome(string careLevel, IReadOnlyList<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        var ids = new JsonArray();
        foreach (var id in ruleIds)
        {
            ids.Add(id);
        }

        return Build(new JsonObject { ["careLevel"] = careLevel, ["ruleIds"] = ids });
    }

    private static JsonElement Build(JsonObject intake)
        => JsonSerializer.SerializeToElement<JsonNode>(new JsonObject { ["intake"] = intake }, SchemaJsonContext.Default.JsonNode);
}
