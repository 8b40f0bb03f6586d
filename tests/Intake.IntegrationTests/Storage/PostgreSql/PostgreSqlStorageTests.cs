using Intake.Bots.Startup;
using Intake.Bots.State;
using Intake.IntegrationTests.Storage.Servers;
using Intake.Storage.PostgreSql;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using static Intake.UnitTests.Storage.StorageTestItems;

namespace Intake.IntegrationTests.Storage.PostgreSql;

/// <summary>What the PostgreSQL store adds to the contract: one winner per version across stores, expiry, the start-up refusals.</summary>
[Collection(PostgreSqlServerGroup.Name)]
public sealed class PostgreSqlStorageTests(PostgreSqlFixture postgres) : IAsyncLifetime
{
    private const string Conversation = "webchat/conversations/c1";
    private const string User = "webchat/users/u1";
    private const string Record = "intake/records/u1/items/r1";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Ttl = TimeSpan.FromHours(1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly List<PostgreSqlStorage> _stores = [];
    private string _connectionString = null!;

    public async Task InitializeAsync() => _connectionString = postgres.Server.ConnectionStringIn(await postgres.Server.CreateSchemaAsync());

    public Task DisposeAsync()
    {
        _stores.ForEach(store => store.Dispose());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Write_TwoStoresWithTheSameETag_ExactlyOneWins()
    {
        var first = Open();
        var second = Open();
        for (var round = 0; round < 25; round++)
        {
            var key = $"test/race-{round}";
            var etag = await first.WriteAsync(key, Bytes("start"), ifMatch: null, None);

            var outcomes = await Task.WhenAll(
                Task.Run(() => TryWriteAsync(first, key, "a", etag)),
                Task.Run(() => TryWriteAsync(second, key, "b", etag)));

            var winner = Assert.Single(outcomes, outcome => outcome is not null);
            Assert.Equal(winner, (await second.ReadAsync(key, None))!.ETag);
        }
    }

    [Fact]
    public async Task Read_ConversationNotWrittenForTheTtl_IsGoneButUserStateAndTheRecordStay()
    {
        var store = Open();
        await store.WriteAsync(Conversation, Bytes("state"), ifMatch: null, None);
        await store.WriteAsync(User, Bytes("user"), ifMatch: null, None);
        await store.WriteAsync(Record, Bytes("record"), ifMatch: null, None);

        _time.Advance(Ttl + TimeSpan.FromSeconds(1));

        Assert.Null(await store.ReadAsync(Conversation, None));
        Assert.Equal("user", Text(await store.ReadAsync(User, None)));
        Assert.Equal("record", Text(await store.ReadAsync(Record, None)));
    }

    [Fact]
    public async Task Read_ConversationRewrittenWithinTheTtl_LivesAnotherTtl()
    {
        var store = Open();
        var etag = await store.WriteAsync(Conversation, Bytes("v1"), ifMatch: null, None);
        _time.Advance(TimeSpan.FromMinutes(50));
        await store.WriteAsync(Conversation, Bytes("v2"), etag, None);

        _time.Advance(TimeSpan.FromMinutes(50));

        Assert.Equal("v2", Text(await store.ReadAsync(Conversation, None)));
    }

    [Fact]
    public async Task Write_OverAnExpiredConversation_CreateOnlySucceedsAndTheOldETagNoLongerMatches()
    {
        var store = Open();
        var old = await store.WriteAsync(Conversation, Bytes("old"), ifMatch: null, None);
        _time.Advance(Ttl + TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<ETagConflictException>(async () => await store.WriteAsync(Conversation, Bytes("stale"), old, None));
        await store.WriteAsync(Conversation, Bytes("new"), ifMatch: null, None);

        Assert.Equal("new", Text(await store.ReadAsync(Conversation, None)));
    }

    [Fact]
    public async Task Delete_ExpiredConversation_SaysItWasNotThere()
    {
        var store = Open();
        await store.WriteAsync(Conversation, Bytes("state"), ifMatch: null, None);
        _time.Advance(Ttl + TimeSpan.FromSeconds(1));

        Assert.False(await store.DeleteAsync(Conversation, None));
    }

    [Fact]
    public async Task Sweep_DropsExpiredRowsOnly()
    {
        var store = Open();
        for (var i = 0; i < 3; i++)
        {
            await store.WriteAsync($"webchat/conversations/c{i}", Bytes("state"), ifMatch: null, None);
        }

        await store.WriteAsync(Record, Bytes("record"), ifMatch: null, None);
        _time.Advance(Ttl + TimeSpan.FromSeconds(1));
        await store.WriteAsync("webchat/conversations/fresh", Bytes("state"), ifMatch: null, None);

        Assert.Equal(3, await store.SweepAsync(None));

        Assert.Equal(2L, await CountRowsAsync());
    }

    [Fact]
    public async Task Open_TableAlreadyThere_KeepsItsRows()
    {
        await Open().WriteAsync(Record, Bytes("kept"), ifMatch: null, None);

        Assert.Equal("kept", Text(await Open().ReadAsync(Record, None)));
    }

    [Fact]
    public void Open_WrongPassword_RefusesNamingTheSettingWithoutThePassword()
    {
        var wrong = "wrong-" + Guid.NewGuid().ToString("N");
        var connectionString = new NpgsqlConnectionStringBuilder(_connectionString) { Password = wrong }.ConnectionString;

        var refusal = Refuse(connectionString);

        Assert.Equal($"ConnectionStrings:PostgreSql: the PostgreSQL server at 127.0.0.1:{postgres.Server.Port} refused the user name or password.", refusal.Message);
        Assert.DoesNotContain(wrong, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ClosedPort_RefusesNamingTheSetting()
    {
        var port = Intake.IntegrationTests.Infrastructure.LoopbackServers.FreePort();
        var connectionString = new NpgsqlConnectionStringBuilder(_connectionString) { Port = port, Timeout = 3 }.ConnectionString;

        var refusal = Refuse(connectionString);

        Assert.Equal($"ConnectionStrings:PostgreSql: the PostgreSQL server at 127.0.0.1:{port} could not be reached.", refusal.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("Database=intake")]
    [InlineData("Hots=x")]
    public void Create_NoServer_RefusesNamingTheSetting(string? connectionString)
    {
        var refusal = Assert.Throws<StartupRefusedException>(() => PostgreSqlConnections.Create(connectionString));

        Assert.StartsWith("ConnectionStrings:PostgreSql ", refusal.Message, StringComparison.Ordinal);
    }

    private static StartupRefusedException Refuse(string connectionString)
    {
        using var dataSource = PostgreSqlConnections.Create(connectionString);
        var error = Assert.ThrowsAny<Exception>(() => new PostgreSqlStorage(dataSource, TimeProvider.System, Ttl));
        return Assert.IsType<StartupRefusedException>(PostgreSqlConnections.Refusal(error, dataSource));
    }

    private PostgreSqlStorage Open()
    {
        var store = new PostgreSqlStorage(NpgsqlDataSource.Create(_connectionString), _time, Ttl);
        _stores.Add(store);
        return store;
    }

    private async Task<long> CountRowsAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM intake_state");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
