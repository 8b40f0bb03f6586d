namespace Intake.Storage.Sqlite;

/// <summary>A session borrowed from the pool for one call; disposing gives it back.</summary>
internal readonly struct SqliteSessionLease(SqliteSessionPool pool, SqliteSession session) : IDisposable
{
    public SqliteSession Session { get; } = session;

    public void Dispose() => pool.Return(Session);
}
