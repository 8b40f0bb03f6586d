using System.Text.Json;

namespace Intake.Dialogs.Flow;

/// <summary>The <c>channelData</c> of an intake message (DESIGN.md's contract): <c>{"intake":{…}}</c>.</summary>
internal sealed record IntakeChannelData(IntakeStamp Intake)
{
    /// <summary><c>{"intake":{"step":"location"}}</c>.</summary>
    public static JsonElement ForStep(string step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return ToJson(new IntakeStamp { Step = step });
    }

    /// <summary><c>{"intake":{"step":"check","sign":"chest-pain"}}</c>: the one yes/no question about a possible emergency sign.</summary>
    public static JsonElement ForCheck(string sign)
    {
        ArgumentNullException.ThrowIfNull(sign);
        return ToJson(new IntakeStamp { Step = IntakeSteps.Check, Sign = sign });
    }

    /// <summary><c>{"intake":{"careLevel":"emergency","ruleIds":[…]}}</c>.</summary>
    public static JsonElement ForOutcome(string careLevel, IReadOnlyList<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(careLevel);
        ArgumentNullException.ThrowIfNull(ruleIds);
        return ToJson(new IntakeStamp { CareLevel = careLevel, RuleIds = ruleIds });
    }

    private static JsonElement ToJson(IntakeStamp stamp)
        => JsonSerializer.SerializeToElement(new IntakeChannelData(stamp), DialogsJsonContext.Default.IntakeChannelData);
}
