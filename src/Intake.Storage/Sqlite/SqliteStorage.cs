using Intake.Bots.State;
using Microsoft.Data.Sqlite;

namespace Intake.Storage.Sqlite;

/// <summary>
/// State in one SQLite file (WAL). Every write is one conditional statement whose row count says whether
/// the expected version was still there, so a stale writer gets <see cref="ETagConflictException"/> and never
/// overwrites; that holds across processes sharing the file too. ETags are random, so a key deleted and
/// created again never matches an ETag read before. Conversation state expires <c>ttl</c> after its last write
/// (<c>Storage:ConversationTtl</c>): it reads as missing, and expired rows are swept a batch at a time every
/// <see cref="SweepEvery"/> writes. Intake records and user state never expire; "delete my data" erases them.
/// </summary>
internal sealed class SqliteStorage : IStorage, IDisposable
{
    /// <summary>Expired rows are swept once per this many writes, so the sweep's cost is spread thin.</summary>
    public const int SweepEvery = 1024;

    private readonly SqliteSessionPool _pool;
    private readonly TimeProvider _time;
    private readonly long _ttlMilliseconds;
    private long _writes;

    // SQLite commits one writer at a time; queueing this host's writers here spares them SQLite's busy sleeps.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>Opens (or creates, readable by this user only) the database named by <paramref name="connectionString"/> and its table.</summary>
    public SqliteStorage(string connectionString)
        : this(connectionString, TimeProvider.System, MemoryStorage.DefaultTtl)
    {
    }

    /// <summary>As above, with the clock and how long conversation state lives after its last write.</summary>
    public SqliteStorage(string connectionString, TimeProvider time, TimeSpan conversationTtl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(conversationTtl, TimeSpan.Zero);
        _time = time;
        _ttlMilliseconds = (long)conversationTtl.TotalMilliseconds;
        SqlitePrivateFiles.Restrict(connectionString);
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = SqliteSql.ConnectionPragmas + SqliteSql.Schema;
            command.ExecuteNonQuery();
            command.CommandText = SqliteSql.HasExpiry;
            if (command.ExecuteScalar() is 0L)
            {
                command.CommandText = SqliteSql.AddExpiry;
                command.Parameters.AddWithValue("$expires", _time.GetUtcNow().ToUnixTimeMilliseconds() + _ttlMilliseconds);
                command.ExecuteNonQuery();
                command.Parameters.Clear();
            }

            command.CommandText = SqliteSql.ExpiryIndex;
            command.ExecuteNonQuery();
            command.CommandText = SqliteSql.JournalMode;
            JournalMode = command.ExecuteScalar() as string ?? string.Empty;
            DataSource = connection.DataSource;
        }

        _pool = new SqliteSessionPool(connectionString, Math.Max(4, Environment.ProcessorCount * 2));
    }

    /// <summary>The database file's full path.</summary>
    public string DataSource { get; }

    /// <summary>The journal mode SQLite reports (<c>wal</c> for a file).</summary>
    public string JournalMode { get; }

    public async ValueTask<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var lease = await _pool.RentAsync(cancellationToken);
        return lease.Session.Read(key, Now());
    }

    public async ValueTask<string> WriteAsync(string key, ReadOnlyMemory<byte> value, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var bytes = AsArray(value);
        var etag = Guid.NewGuid().ToString("N");
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            using var lease = await _pool.RentAsync(cancellationToken);
            var now = Now();
            long? expires = StateKeys.IsConversation(key) ? now + _ttlMilliseconds : null;
            var written = ifMatch switch
            {
                null => lease.Session.Insert(key, bytes, etag, expires, now),
                ETags.Any => lease.Session.Upsert(key, bytes, etag, expires),
                _ => lease.Session.Update(key, bytes, etag, expires, now, ifMatch),
            };
            if (++_writes % SweepEvery == 0)
            {
                lease.Session.Sweep(now);
            }

            return written ? etag : throw new ETagConflictException(key);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            using var lease = await _pool.RentAsync(cancellationToken);
            return lease.Session.Delete(key, Now());
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Drops every expired row now (the writes also do it, a batch at a time); returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            using var lease = await _pool.RentAsync(cancellationToken);
            var now = Now();
            int swept, total = 0;
            while ((swept = lease.Session.Sweep(now)) > 0)
            {
                total += swept;
            }

            return total;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose()
    {
        _pool.Dispose();
        _writeGate.Dispose();
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    // State scopes hand over whole arrays; anything else is copied once.
    private static byte[] AsArray(ReadOnlyMemory<byte> value)
        => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(value, out var segment)
            && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : value.ToArray();
}
