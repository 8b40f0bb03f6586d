namespace Intake.Storage.Sqlite;

/// <summary>The SQL of the SQLite store: one table, one row per key, the ETag beside the value.</summary>
internal static class SqliteSql
{
    /// <summary>
    /// Run once at start-up. WAL lets readers work while one writer commits; the mode is kept in the file.
    /// <c>expires_at</c> (Unix milliseconds) is set on conversation state only (<c>Storage:ConversationTtl</c>);
    /// intake records and user state have none and stay until erased.
    /// </summary>
    public const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS intake_state (
            key        TEXT NOT NULL PRIMARY KEY,
            value      BLOB NOT NULL,
            etag       TEXT NOT NULL,
            expires_at INTEGER
        );
        """;

    /// <summary>Whether a file made before items expired lacks the column (it is then added).</summary>
    public const string HasExpiry = "SELECT COUNT(*) FROM pragma_table_info('intake_state') WHERE name = 'expires_at';";

    /// <summary>Adds the column to a file from before; its conversations then live one more time-to-live.</summary>
    public const string AddExpiry = "ALTER TABLE intake_state ADD COLUMN expires_at INTEGER; UPDATE intake_state SET expires_at = $expires WHERE key LIKE '%/conversations/%';";

    public const string ExpiryIndex = "CREATE INDEX IF NOT EXISTS intake_state_expires ON intake_state (expires_at) WHERE expires_at IS NOT NULL;";

    /// <summary>Run on every connection: commit without fsync (WAL keeps it consistent), wait out a busy writer.</summary>
    public const string ConnectionPragmas = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

    public const string JournalMode = "PRAGMA journal_mode;";

    // An expired row reads as missing; a create-only write may take its place.
    private const string Live = "(expires_at IS NULL OR expires_at > $now)";

    public const string Read = $"SELECT value, etag FROM intake_state WHERE key = $key AND {Live};";

    public const string Insert = """
        INSERT INTO intake_state (key, value, etag, expires_at) VALUES ($key, $value, $etag, $expires)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, expires_at = excluded.expires_at
        WHERE intake_state.expires_at IS NOT NULL AND intake_state.expires_at <= $now;
        """;

    public const string Update = $"UPDATE intake_state SET value = $value, etag = $etag, expires_at = $expires WHERE key = $key AND etag = $ifMatch AND {Live};";

    public const string Upsert = """
        INSERT INTO intake_state (key, value, etag, expires_at) VALUES ($key, $value, $etag, $expires)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, expires_at = excluded.expires_at;
        """;

    /// <summary>Deletes the row; the count says whether a live one was there.</summary>
    public const string Delete = $"DELETE FROM intake_state WHERE key = $key RETURNING {Live};";

    /// <summary>Drops expired rows, a bounded batch at a time.</summary>
    public const string Sweep = "DELETE FROM intake_state WHERE rowid IN (SELECT rowid FROM intake_state WHERE expires_at IS NOT NULL AND expires_at <= $now LIMIT 500);";
}
