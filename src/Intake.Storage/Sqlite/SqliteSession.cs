using Intake.Bots.State;
using Microsoft.Data.Sqlite;

namespace Intake.Storage.Sqlite;

/// <summary>One open connection with its statements prepared once and reused for every call.</summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _read;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _sweep;

    private SqliteSession(SqliteConnection connection)
    {
        _connection = connection;
        _read = Prepare(SqliteSql.Read, "$key", "$now");
        _insert = Prepare(SqliteSql.Insert, "$key", "$value", "$etag", "$expires", "$now");
        _update = Prepare(SqliteSql.Update, "$key", "$value", "$etag", "$expires", "$now", "$ifMatch");
        _upsert = Prepare(SqliteSql.Upsert, "$key", "$value", "$etag", "$expires");
        _delete = Prepare(SqliteSql.Delete, "$key", "$now");
        _sweep = Prepare(SqliteSql.Sweep, "$now");
    }

    /// <summary>Opens a connection (from Microsoft.Data.Sqlite's pool) and prepares the statements.</summary>
    public static SqliteSession Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = SqliteSql.ConnectionPragmas;
                pragmas.ExecuteNonQuery();
            }

            return new SqliteSession(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The live row of <paramref name="key"/> at <paramref name="now"/> (Unix milliseconds), or null.</summary>
    public StoreItem? Read(string key, long now)
    {
        _read.Parameters[0].Value = key;
        _read.Parameters[1].Value = now;
        using var reader = _read.ExecuteReader();
        return reader.Read() ? new StoreItem(reader.GetFieldValue<byte[]>(0), reader.GetString(1)) : null;
    }

    /// <summary>Creates the row (over an expired one); false when a live row exists.</summary>
    public bool Insert(string key, byte[] value, string etag, long? expires, long now)
    {
        _insert.Parameters[4].Value = now;
        return Execute(_insert, key, value, etag, expires) == 1;
    }

    /// <summary>Replaces the live row only at version <paramref name="ifMatch"/>; false when it is missing, expired or newer.</summary>
    public bool Update(string key, byte[] value, string etag, long? expires, long now, string ifMatch)
    {
        _update.Parameters[4].Value = now;
        _update.Parameters[5].Value = ifMatch;
        return Execute(_update, key, value, etag, expires) == 1;
    }

    /// <summary>Creates or replaces the row whatever its version.</summary>
    public bool Upsert(string key, byte[] value, string etag, long? expires) => Execute(_upsert, key, value, etag, expires) > 0;

    /// <summary>Deletes the row; true when a live one was there.</summary>
    public bool Delete(string key, long now)
    {
        _delete.Parameters[0].Value = key;
        _delete.Parameters[1].Value = now;
        return _delete.ExecuteScalar() is long live && live != 0;
    }

    /// <summary>Drops up to one batch of expired rows; returns how many.</summary>
    public int Sweep(long now)
    {
        _sweep.Parameters[0].Value = now;
        return _sweep.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _read.Dispose();
        _insert.Dispose();
        _update.Dispose();
        _upsert.Dispose();
        _delete.Dispose();
        _sweep.Dispose();
        _connection.Dispose();
    }

    private static int Execute(SqliteCommand command, string key, byte[] value, string etag, long? expires)
    {
        command.Parameters[0].Value = key;
        command.Parameters[1].Value = value;
        command.Parameters[2].Value = etag;
        command.Parameters[3].Value = expires is { } at ? at : DBNull.Value;
        return command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
