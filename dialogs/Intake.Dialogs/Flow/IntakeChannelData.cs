using System.Collections.Concurrent;
using System.Text.Json;
using Intake.Dialogs.Json;

namespace Intake.Dialogs.Flow;

/// <summary>The <c>channelData.intake</c> shapes of the DESIGN.md contract: the question's step, or the outcome.</summary>
internal static class IntakeChannelData
{
    // One immutable element per step id (a fixed set of code constants), shared by every turn.
    private static readonly ConcurrentDictionary<string, JsonElement> Steps = new(StringComparer.Ordinal);

    /// <summary><c>{"intake":{"step":"location"}}</c>.</summary>
    public static JsonElement ForStep(string step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Steps.GetOrAdd(step, static s => JsonElementWriter.Write(s, static (writer, value) =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("intake");
            writer.WriteString("step", value);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }));
    }

    /// <summary><c>{"intake":{"careLevel":"emergency","ruleIds":[…]}}</c>.</summary>
    public static JsonElement ForOutcome(string careLevel, IReadOnlyList<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        return JsonElementWriter.Write((careLevel, ruleIds), static (writer, outcome) =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("intake");
            writer.WriteString("careLevel", outcome.careLevel);
            writer.WriteStartArray("ruleIds");
            foreach (var id in outcome.ruleIds)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }
}
