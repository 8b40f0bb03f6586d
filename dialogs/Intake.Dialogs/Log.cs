using Microsoft.Extensions.Logging;

namespace Intake.Dialogs;

/// <summary>
/// Every log line of the intake. Arguments are ids, levels, rule ids and counts: never message text or
/// answers (health information stays out of logs; a test feeds canary answers and checks).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "Intake in {ConversationId} decided {CareLevel} by rules [{RuleIds}] (lower: [{LowerRuleIds}])")]
    public static partial void TriageDecided(ILogger logger, string? conversationId, string careLevel, string ruleIds, string lowerRuleIds);

    [LoggerMessage(3002, LogLevel.Information, "Intake record {RecordId} saved for {ConversationId}")]
    public static partial void RecordSaved(ILogger logger, string recordId, string? conversationId);

    [LoggerMessage(3003, LogLevel.Information, "Intake result for {ConversationId} not kept: no consent or no user id")]
    public static partial void RecordNotKept(ILogger logger, string? conversationId);

    [LoggerMessage(3004, LogLevel.Warning, "Emergency sign typed in {ConversationId} at step {Step}: the intake stopped with the emergency message")]
    public static partial void EmergencyTyped(ILogger logger, string? conversationId, string? step);

    [LoggerMessage(3005, LogLevel.Information, "Data of a user deleted from {ConversationId}: {Records} record(s) and the conversation state")]
    public static partial void DataDeleted(ILogger logger, string? conversationId, int records);
}
