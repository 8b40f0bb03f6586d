using Microsoft.Data.Sqlite;

namespace Intake.UnitTests.Storage.Sqlite;

/// <summary>A fresh SQLite file path under the temp folder; disposing deletes it with its WAL files.</summary>
internal sealed class TempDatabase : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("intake-sqlite-").FullName;

    public string FilePath => Path.Combine(Folder, "state.db");

    public string ConnectionString => $"Data Source={FilePath}";

    /// <summary>Counts rows in the state table through a connection of its own.</summary>
    public long CountRows()
    {
        using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM intake_state";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(Folder, recursive: true);
    }
}
