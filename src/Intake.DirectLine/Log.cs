using Microsoft.Extensions.Logging;

namespace Intake.DirectLine;

/// <summary>The embedded Direct Line's log lines: counts, statuses and reasons of our own words; never activity content or tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(1401, LogLevel.Information, "Direct Line is {Mode}")]
    public static partial void Mode(ILogger logger, DirectLineMode mode);

    [LoggerMessage(1402, LogLevel.Information, "DirectLine:Secret is not set: a random one was made for this run (tokens do not outlive it)")]
    public static partial void SecretGenerated(ILogger logger);

    [LoggerMessage(1403, LogLevel.Information, "Forgot {Removed} idle Direct Line conversations; {Remaining} remain")]
    public static partial void ConversationsExpired(ILogger logger, int removed, int remaining);

    [LoggerMessage(1404, LogLevel.Information, "Refused a Direct Line request: {Status} {Reason}")]
    public static partial void Refused(ILogger logger, int status, string reason);

    [LoggerMessage(1405, LogLevel.Warning, "A Direct Line turn ended {Status}")]
    public static partial void TurnNotCompleted(ILogger logger, string status);

    [LoggerMessage(1406, LogLevel.Warning, "Azure Direct Line refused a token: {Status}")]
    public static partial void AzureRefused(ILogger logger, int status);

    [LoggerMessage(1407, LogLevel.Warning, "Azure Direct Line could not be reached: {Error}")]
    public static partial void AzureUnreachable(ILogger logger, string error);
}
