namespace Intake.Storage.PostgreSql;

/// <summary>The SQL of the PostgreSQL store: one table, one row per key, the ETag beside the value.</summary>
internal static class PostgreSqlSql
{
    public const string Table = "intake_state";

    /// <summary>
    /// Run once at start-up, under a transaction-level advisory lock so hosts starting together do not race.
    /// Keys compare byte for byte (<c>COLLATE "C"</c>). <c>expires_at</c> is set on conversation state only.
    /// </summary>
    public const string Schema = """
        SELECT pg_advisory_xact_lock(hashtext('intake_state schema'));
        CREATE TABLE IF NOT EXISTS intake_state (
            key        text COLLATE "C" NOT NULL PRIMARY KEY,
            value      bytea NOT NULL,
            etag       text NOT NULL,
            expires_at timestamptz NULL
        );
        CREATE INDEX IF NOT EXISTS intake_state_expires ON intake_state (expires_at) WHERE expires_at IS NOT NULL;
        """;

    // An expired row reads as missing; a create-only write may take its place.
    private const string Live = "(expires_at IS NULL OR expires_at > @now)";

    public const string Read = $"SELECT value, etag FROM intake_state WHERE key = @key AND {Live}";

    public const string Insert = """
        INSERT INTO intake_state (key, value, etag, expires_at) VALUES (@key, @value, @etag, @expires)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, expires_at = excluded.expires_at
        WHERE intake_state.expires_at IS NOT NULL AND intake_state.expires_at <= @now
        """;

    public const string Update = $"UPDATE intake_state SET value = @value, etag = @etag, expires_at = @expires WHERE key = @key AND etag = @ifMatch AND {Live}";

    public const string Upsert = """
        INSERT INTO intake_state (key, value, etag, expires_at) VALUES (@key, @value, @etag, @expires)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, expires_at = excluded.expires_at
        """;

    /// <summary>Deletes the row; the returned flag says whether a live one was there.</summary>
    public const string Delete = $"DELETE FROM intake_state WHERE key = @key RETURNING {Live}";

    /// <summary>Drops expired rows, a bounded batch at a time; rows another sweeper holds are left to it.</summary>
    public const string Sweep = """
        DELETE FROM intake_state WHERE key IN (
            SELECT key FROM intake_state WHERE expires_at IS NOT NULL AND expires_at <= @now
            LIMIT 500 FOR UPDATE SKIP LOCKED)
        """;
}
