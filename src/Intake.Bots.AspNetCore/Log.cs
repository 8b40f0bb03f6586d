using Microsoft.Extensions.Logging;

namespace Intake.Bots.AspNetCore;

/// <summary>The HTTP edge's log lines: statuses and reasons of our own words, never request content.</summary>
internal static partial class Log
{
    [LoggerMessage(1005, LogLevel.Information, "Rejected an inbound activity: {Status} {Reason}")]
    public static partial void Rejected(ILogger logger, int status, string reason);

    [LoggerMessage(1201, LogLevel.Information, "Refused a channel token: {Reason}")]
    public static partial void TokenRefused(ILogger logger, string reason);

    [LoggerMessage(1202, LogLevel.Information, "Fetched {KeyCount} signing keys from {Host}")]
    public static partial void ChannelKeysFetched(ILogger logger, string host, int keyCount);

    [LoggerMessage(1203, LogLevel.Warning, "Signing keys could not be fetched from {Host} ({ExceptionType}): channel tokens it signs are refused until they can")]
    public static partial void ChannelKeysUnavailable(ILogger logger, string host, string exceptionType);
}
