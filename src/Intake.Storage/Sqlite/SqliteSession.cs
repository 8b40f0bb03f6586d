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

    private SqliteSession(SqliteConnection connection)
    {
        _connection = connection;
        _read = Prepare(SqliteSql.Read, "$key");
        _insert = Prepare(SqliteSql.Insert, "$key", "$value", "$etag");
        _update = Prepare(SqliteSql.Update, "$key", "$value", "$etag", "$ifMatch");
        _upsert = Prepare(SqliteSql.Upsert, "$key", "$value", "$etag");
        _delete = Prepare(SqliteSql.Delete, "$key");
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

    public StoreItem? Read(string key)
    {
        _read.Parameters[0].Value = key;
        using var reader = _read.ExecuteReader();
        return reader.Read() ? new StoreItem(reader.GetFieldValue<byte[]>(0), reader.GetString(1)) : null;
    }

    /// <summary>Creates the row; false when the key already exists.</summary>
    public bool Insert(string key, byte[] value, string etag) => Execute(_insert, key, value, etag) == 1;

    /// <summary>Replaces the row only at version <paramref name="ifMatch"/>; false when it is missing or newer.</summary>
    public bool Update(string key, byte[] value, string etag, string ifMatch)
    {
        _update.Parameters[3].Value = ifMatch;
        return Execute(_update, key, value, etag) == 1;
    }

    /// <summary>Creates or replaces the row whatever its version.</summary>
    public bool Upsert(string key, byte[] value, string etag) => Execute(_upsert, key, value, etag) > 0;

    public bool Delete(string key)
    {
        _delete.Parameters[0].Value = key;
        return _delete.ExecuteNonQuery() > 0;
    }

    public void Dispose()
    {
        _read.Dispose();
        _insert.Dispose();
        _update.Dispose();
        _upsert.Dispose();
        _delete.Dispose();
        _connection.Dispose();
    }

    private static int Execute(SqliteCommand command, string key, byte[] value, string etag)
    {
        command.Parameters[0].Value = key;
        command.Parameters[1].Value = value;
        command.Parameters[2].Value = etag;
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
