using Microsoft.Extensions.Logging;

namespace Intake.Storage;

/// <summary>Every log line of the stores: where state lives and how, never keys or values.</summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "State store: SQLite file {DataSource} (journal mode {JournalMode})")]
    public static partial void SqliteOpened(ILogger logger, string dataSource, string journalMode);

    [LoggerMessage(2002, LogLevel.Information, "State store: Redis at {Servers} (key prefix {KeyPrefix})")]
    public static partial void RedisConnected(ILogger logger, string servers, string keyPrefix);

    [LoggerMessage(2003, LogLevel.Information, "State store: PostgreSQL database {Database} at {Server} (table {Table})")]
    public static partial void PostgreSqlOpened(ILogger logger, string database, string server, string table);
}
