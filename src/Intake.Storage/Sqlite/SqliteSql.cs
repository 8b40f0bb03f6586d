namespace Intake.Storage.Sqlite;

/// <summary>The SQL of the SQLite store: one table, one row per key, the ETag beside the value.</summary>
internal static class SqliteSql
{
    /// <summary>Run once at start-up. WAL lets readers work while one writer commits; the mode is kept in the file.</summary>
    public const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS intake_state (
            key   TEXT NOT NULL PRIMARY KEY,
            value BLOB NOT NULL,
            etag  TEXT NOT NULL
        );
        """;

    /// <summary>Run on every connection: commit without fsync (WAL keeps it consistent), wait out a busy writer.</summary>
    public const string ConnectionPragmas = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

    public const string JournalMode = "PRAGMA journal_mode;";

    public const string Read = "SELECT value, etag FROM intake_state WHERE key = $key;";

    public const string Insert = "INSERT INTO intake_state (key, value, etag) VALUES ($key, $value, $etag) ON CONFLICT (key) DO NOTHING;";

    public const string Update = "UPDATE intake_state SET value = $value, etag = $etag WHERE key = $key AND etag = $ifMatch;";

    public const string Upsert = """
        INSERT INTO intake_state (key, value, etag) VALUES ($key, $value, $etag)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag;
        """;

    public const string Delete = "DELETE FROM intake_state WHERE key = $key;";
}
