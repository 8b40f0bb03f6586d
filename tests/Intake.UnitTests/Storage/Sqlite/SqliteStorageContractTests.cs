using Intake.Bots.State;
using Intake.Storage.Sqlite;

namespace Intake.UnitTests.Storage.Sqlite;

public sealed class SqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly SqliteStorage _store;

    public SqliteStorageContractTests() => _store = new SqliteStorage(_database.ConnectionString);

    protected override IStorage Store => _store;

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
    }
}
