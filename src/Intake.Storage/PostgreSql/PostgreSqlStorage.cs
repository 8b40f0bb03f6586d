using Intake.Bots.State;
using Npgsql;
using NpgsqlTypes;

namespace Intake.Storage.PostgreSql;

/// <summary>
/// State in one PostgreSQL table. Every write is one conditional statement (an <c>INSERT … ON CONFLICT</c> or an
/// <c>UPDATE … WHERE etag = @ifMatch</c>) whose row count says whether the expected version was still there, so a
/// stale writer gets <see cref="ETagConflictException"/> on whichever host it runs. ETags are random, so a key
/// deleted and created again never matches an ETag read before. Conversation state expires <c>ttl</c> after its last
/// write (<c>Storage:ConversationTtl</c>, by this host's clock): it reads as missing, and expired rows are swept a
/// batch at a time every <see cref="SweepEvery"/> writes. Intake records and user state never expire.
/// </summary>
internal sealed class PostgreSqlStorage : IStorage, IDisposable
{
    /// <summary>Expired rows are swept once per this many writes of this host, so the sweep's cost is spread thin.</summary>
    public const int SweepEvery = 1024;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly TimeSpan _ttl;
    private long _writes;

    /// <summary>A store on <paramref name="dataSource"/>; creates its table when missing (this blocks until it is done).</summary>
    public PostgreSqlStorage(NpgsqlDataSource dataSource, TimeProvider time, TimeSpan conversationTtl)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(conversationTtl, TimeSpan.Zero);
        _dataSource = dataSource;
        _time = time;
        _ttl = conversationTtl;
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var command = new NpgsqlCommand(PostgreSqlSql.Schema, connection, transaction))
        {
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        Database = connection.Database;
    }

    /// <summary>The database the table is in.</summary>
    public string Database { get; }

    public async ValueTask<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = _dataSource.CreateCommand(PostgreSqlSql.Read);
        command.Parameters.Add(new NpgsqlParameter<string>("key", NpgsqlDbType.Text) { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = _time.GetUtcNow() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoreItem(reader.GetFieldValue<byte[]>(0), reader.GetString(1))
            : null;
    }

    public async ValueTask<string> WriteAsync(string key, ReadOnlyMemory<byte> value, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var etag = Guid.NewGuid().ToString("N");
        var now = _time.GetUtcNow();
        DateTimeOffset? expires = StateKeys.IsConversation(key) ? now + _ttl : null;
        await using var command = _dataSource.CreateCommand(ifMatch switch
        {
            null => PostgreSqlSql.Insert,
            ETags.Any => PostgreSqlSql.Upsert,
            _ => PostgreSqlSql.Update,
        });
        command.Parameters.Add(new NpgsqlParameter<string>("key", NpgsqlDbType.Text) { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("value", NpgsqlDbType.Bytea) { TypedValue = value });
        command.Parameters.Add(new NpgsqlParameter<string>("etag", NpgsqlDbType.Text) { TypedValue = etag });
        command.Parameters.Add(new NpgsqlParameter("expires", NpgsqlDbType.TimestampTz) { Value = expires is { } at ? at : DBNull.Value });
        if (ifMatch != ETags.Any)
        {
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = now });
        }

        if (ifMatch is not null and not ETags.Any)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("ifMatch", NpgsqlDbType.Text) { TypedValue = ifMatch });
        }

        var written = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (Interlocked.Increment(ref _writes) % SweepEvery == 0)
        {
            await SweepBatchAsync(now, cancellationToken);
        }

        return written ? etag : throw new ETagConflictException(key);
    }

    public async ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = _dataSource.CreateCommand(PostgreSqlSql.Delete);
        command.Parameters.Add(new NpgsqlParameter<string>("key", NpgsqlDbType.Text) { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = _time.GetUtcNow() });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>Drops every expired row now (the writes also do it, a batch at a time); returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        int swept, total = 0;
        while ((swept = await SweepBatchAsync(now, cancellationToken)) > 0)
        {
            total += swept;
        }

        return total;
    }

    public void Dispose() => _dataSource.Dispose();

    private async Task<int> SweepBatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(PostgreSqlSql.Sweep);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = now });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
