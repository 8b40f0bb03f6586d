using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Intake.Storage.Sqlite;

/// <summary>
/// At most <c>size</c> sessions, opened on first need and kept open with their prepared statements, so a
/// call never prepares SQL again. A caller waits (asynchronously) when all of them are busy.
/// </summary>
internal sealed class SqliteSessionPool(string connectionString, int size) : IDisposable
{
    private readonly ConcurrentQueue<SqliteSession> _idle = new();
    private readonly SemaphoreSlim _slots = new(size, size);
    private volatile bool _disposed;

    public async ValueTask<SqliteSessionLease> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken);
        if (_idle.TryDequeue(out var session))
        {
            return new SqliteSessionLease(this, session);
        }

        try
        {
            return new SqliteSessionLease(this, SqliteSession.Open(connectionString));
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public void Return(SqliteSession session)
    {
        _idle.Enqueue(session);
        if (_disposed)
        {
            CloseIdle();
        }

        _slots.Release();
    }

    public void Dispose()
    {
        _disposed = true;
        CloseIdle();

        // Closed connections go back to Microsoft.Data.Sqlite's pool; clearing it releases the file.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private void CloseIdle()
    {
        while (_idle.TryDequeue(out var session))
        {
            session.Dispose();
        }
    }
}
