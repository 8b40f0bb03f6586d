using Intake.Bots.State;
using Intake.IntegrationTests.Storage.Servers;
using Intake.Storage.PostgreSql;
using Intake.UnitTests.Storage;
using Npgsql;

namespace Intake.IntegrationTests.Storage.PostgreSql;

/// <summary>The contract suite on a real PostgreSQL 15; each test has a schema (so a table) of its own.</summary>
[Collection(PostgreSqlServerGroup.Name)]
public sealed class PostgreSqlStorageContractTests(PostgreSqlFixture postgres) : StorageContractTests, IAsyncLifetime
{
    private PostgreSqlStorage _store = null!;

    protected override IStorage Store => _store;

    public async Task InitializeAsync()
    {
        var schema = await postgres.Server.CreateSchemaAsync();
        _store = new PostgreSqlStorage(NpgsqlDataSource.Create(postgres.Server.ConnectionStringIn(schema)), TimeProvider.System, TimeSpan.FromDays(1));
    }

    public Task DisposeAsync()
    {
        _store?.Dispose();
        return Task.CompletedTask;
    }
}
