using Intake.Bots.State;
using Microsoft.Data.Sqlite;

namespace Intake.Storage.Sqlite;

/// <summary>
/// State in one SQLite file (WAL). Every write is one conditional statement whose row count says whether
/// the expected version was still there, so a stale writer gets <see cref="ETagConflictException"/> and never
/// overwrites; that holds across processes sharing the file too. ETags are random, so a key deleted and
/// created again never matches an ETag read before.
/// </summary>
internal sealed class SqliteStorage : IStorage, IDisposable
{
    private readonly SqliteSessionPool _pool;

    // SQLite commits one writer at a time; queueing this host's writers here spares them SQLite's busy sleeps.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>Opens (or creates, readable by this user only) the database named by <paramref name="connectionString"/> and its table.</summary>
    public SqliteStorage(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        SqlitePrivateFiles.Restrict(connectionString);
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = SqliteSql.ConnectionPragmas + SqliteSql.Schema;
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
        return lease.Session.Read(key);
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
            var written = ifMatch switch
            {
                null => lease.Session.Insert(key, bytes, etag),
                ETags.Any => lease.Session.Upsert(key, bytes, etag),
                _ => lease.Session.Update(key, bytes, etag, ifMatch),
            };
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
            return lease.Session.Delete(key);
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

    // State scopes hand over whole arrays; anything else is copied once.
    private static byte[] AsArray(ReadOnlyMemory<byte> value)
        => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(value, out var segment)
            && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : value.ToArray();
}
