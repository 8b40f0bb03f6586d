using Microsoft.Extensions.Logging;

namespace Intake.Storage;

/// <summary>Every log line of the stores: where state lives and how, never keys or values.</summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "State store: SQLite file {DataSource} (journal mode {JournalMode})")]
    public static partial void SqliteOpened(ILogger logger, string dataSource, string journalMode);
}
