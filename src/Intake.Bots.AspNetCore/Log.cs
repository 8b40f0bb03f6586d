using Microsoft.Extensions.Logging;

namespace Intake.Bots.AspNetCore;

/// <summary>The HTTP edge's log lines: statuses and reasons of our own words, never request content.</summary>
internal static partial class Log
{
    [LoggerMessage(1005, LogLevel.Information, "Rejected an inbound activity: {Status} {Reason}")]
    public static partial void Rejected(ILogger logger, int status, string reason);
}
