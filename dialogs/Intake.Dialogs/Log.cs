using Intake.Bots.Logging;
using Microsoft.Extensions.Logging;

namespace Intake.Dialogs;

/// <summary>
/// Every log line of the intake. Arguments are ids and counts (wire values as <see cref="WireValue"/>):
/// never message text, answers, care levels, rule ids, steps or emergency events. Those are health
/// information: they belong to the kept record, not to the log (a test feeds canary answers and checks).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(3002, LogLevel.Information, "Intake record {RecordId} saved for {ConversationId}")]
    public static partial void RecordSaved(ILogger logger, WireValue recordId, WireValue conversationId);

    [LoggerMessage(3003, LogLevel.Information, "Intake result for {ConversationId} not kept: no consent or no user id")]
    public static partial void RecordNotKept(ILogger logger, WireValue conversationId);

    [LoggerMessage(3005, LogLevel.Information, "Data of a user deleted from {ConversationId}: {Records} record(s) and the conversation state")]
    public static partial void DataDeleted(ILogger logger, WireValue conversationId, int records);
}
