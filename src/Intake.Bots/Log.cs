using Intake.Bots.Logging;
using Microsoft.Extensions.Logging;

namespace Intake.Bots;

/// <summary>
/// Every log line of the bot layer. Arguments are ids, counts, durations and outcomes: never message
/// text, answers or tokens (health information stays out of logs). A value from the wire is a
/// <see cref="WireValue"/>: escaped and capped, so no input can forge or flood a line.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Turn in {ConversationId} ({ActivityType}) ended in {ElapsedMs:F1} ms after {Attempts} attempt(s)")]
    public static partial void TurnEnded(ILogger logger, WireValue conversationId, WireValue activityType, double elapsedMs, int attempts);

    [LoggerMessage(1002, LogLevel.Warning, "Turn in {ConversationId} lost a state write race on attempt {Attempt}; running it again")]
    public static partial void TurnConflict(ILogger logger, WireValue conversationId, int attempt);

    // The exception's message is left out on purpose: it may quote input. Type and stack say where.
    [LoggerMessage(1003, LogLevel.Error, "Turn in {ConversationId} (activity {ActivityId}) failed with {ExceptionType} at {StackTrace}")]
    public static partial void TurnFailed(ILogger logger, WireValue conversationId, WireValue activityId, string exceptionType, string? stackTrace);

    [LoggerMessage(1004, LogLevel.Warning, "Connector call {Method} to conversation {ConversationId} answered {StatusCode} (operation {OperationId})")]
    public static partial void ConnectorFailed(ILogger logger, string method, WireValue conversationId, int statusCode, WireValue operationId);

    [LoggerMessage(1006, LogLevel.Warning, "No MicrosoftAppId is configured: /api/messages accepts UNAUTHENTICATED requests (Emulator mode, {Environment}). Never expose this host; set MicrosoftAppId to require channel tokens")]
    public static partial void AnonymousMode(ILogger logger, string environment);

    [LoggerMessage(1012, LogLevel.Error, "No token for the Bot Connector could be had for a reply in {ConversationId} (identity provider said {ErrorCode})")]
    public static partial void ConnectorTokenUnavailable(ILogger logger, WireValue conversationId, string errorCode);

    [LoggerMessage(1011, LogLevel.Information, "Channel authentication is on ({AppType}): /api/messages requires a valid Bot Framework or Emulator token")]
    public static partial void ChannelAuthOn(ILogger logger, string appType);

    [LoggerMessage(1008, LogLevel.Information, "Activity {ActivityId} in {ConversationId} was processed before: the channel's retry is answered without a second turn")]
    public static partial void Duplicate(ILogger logger, WireValue conversationId, WireValue activityId);

    [LoggerMessage(1101, LogLevel.Information, "Dialog stack of {ConversationId} was reset: it was built by flow {StoredFlow}, the flow is now {CurrentFlow}")]
    public static partial void DialogStackReset(ILogger logger, WireValue conversationId, WireValue storedFlow, string currentFlow);

    // The check's name is left out: a check that handled the turn may be the emergency watch, and an
    // emergency is health information (it belongs to the kept record, not to the log).
    [LoggerMessage(1102, LogLevel.Debug, "A check before the active dialog in {ConversationId} ended with {Outcome}")]
    public static partial void DialogCheckEnded(ILogger logger, WireValue conversationId, string outcome);

    [LoggerMessage(1009, LogLevel.Error, "An after-commit effect of the turn in {ConversationId} failed with {ExceptionType}; the turn itself happened")]
    public static partial void CommitEffectFailed(ILogger logger, WireValue conversationId, string exceptionType);

    [LoggerMessage(1010, LogLevel.Warning, "The connector could not be reached for {Method} in {ConversationId}: {ExceptionType}")]
    public static partial void ConnectorUnreachable(ILogger logger, string method, WireValue conversationId, string exceptionType);
}
