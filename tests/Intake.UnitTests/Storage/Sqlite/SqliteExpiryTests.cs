using Intake.Bots.State;
using Intake.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using static Intake.UnitTests.Storage.StorageTestItems;

namespace Intake.UnitTests.Storage.Sqlite;

/// <summary>Conversation state in the SQLite file expires after Storage:ConversationTtl; intake records never do.</summary>
public sealed class SqliteExpiryTests : IDisposable
{
    private const string Conversation = "webchat/conversations/c1";
    private const string Record = "intake/records/u1/items/r1";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Ttl = TimeSpan.FromHours(1);
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    private SqliteStorage Open() => new(_database.ConnectionString, _time, Ttl);

    [Fact]
    public async Task Read_ConversationNotWrittenForTheTtl_IsGoneButTheRecordStays()
    {
        using var storage = Open();
        await storage.WriteAsync(Conversation, Bytes("state"), ifMatch: null, None);
        await storage.WriteAsync(Record, Bytes("record"), ifMatch: null, None);

        _time.Advance(Ttl + TimeSpan.FromSeconds(1));

        Assert.Null(await storage.ReadAsync(Conversation, None));
        Assert.NotNull(await storage.ReadAsync(Record, None));
    }

    [Fact]
    public async Task Read_ConversationRewrittenWithinTheTtl_LivesAnotherTtl()
    {
        using var storage = Open();
        var etag = await storage.WriteAsync(Conversation, Bytes("v1"), ifMatch: null, None);
        _time.Advance(TimeSpan.FromMinutes(50));
        await storage.WriteAsync(Conversation, Bytes("v2"), etag, None);

        _time.Advance(TimeSpan.FromMinutes(50));

        Assert.Equal("v2", Text(await storage.ReadAsync(Conversation, None)));
    }

    [Fact]
    public async Task Write_CreateOnlyOverAnExpiredConversation_SucceedsAndTheOldETagNoLongerMatches()
    {
        using var storage = Open();
        var old = await storage.WriteAsync(Conversation, Bytes("old"), ifMatch: null, None);
        _time.Advance(Ttl + TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<ETagConflictException>(async () => await storage.WriteAsync(Conversation, Bytes("stale"), old, None));
        await storage.WriteAsync(Conversation, Bytes("new"), ifMatch: null, None);

        Assert.Equal("new", Text(await storage.ReadAsync(Conversation, None)));
    }

    [Fact]
    public async Task Delete_ExpiredConversation_SaysItWasNotThere()
    {
        using var storage = Open();
        await storage.WriteAsync(Conversation, Bytes("state"), ifMatch: null, None);
        _time.Advance(Ttl + TimeSpan.FromSeconds(1));

        Assert.False(await storage.DeleteAsync(Conversation, None));
    }

    [Fact]
    public async Task Writes_ManyConversationsThatEnded_ExpiredRowsLeaveTheFile()
    {
        using var storage = Open();
        for (var i = 0; i < 300; i++)
        {
            await storage.WriteAsync($"webchat/conversations/old-{i}", Bytes("state"), ifMatch: null, None);
        }

        await storage.WriteAsync(Record, Bytes("record"), ifMatch: null, None);
        _time.Advance(Ttl + TimeSpan.FromSeconds(1));
        for (var i = 0; i < SqliteStorage.SweepEvery; i++)
        {
            await storage.WriteAsync($"webchat/conversations/new-{i % 10}", Bytes("state"), ETags.Any, None);
        }

        Assert.Equal(10 + 1, _database.CountRows());
    }

    [Fact]
    public async Task Sweep_OnDemand_DropsEveryExpiredRowAndKeepsTheLiveOnes()
    {
        using var storage = Open();
        await storage.WriteAsync(Conversation, Bytes("state"), ifMatch: null, None);
        await storage.WriteAsync(Record, Bytes("record"), ifMatch: null, None);
        _time.Advance(Ttl + TimeSpan.FromSeconds(1));
        await storage.WriteAsync("webchat/conversations/live", Bytes("state"), ifMatch: null, None);

        Assert.Equal(1, await storage.SweepAsync(None));
        Assert.Equal(2, _database.CountRows());
    }

    [Fact]
    public async Task Open_FileFromBeforeExpiry_KeepsItsRowsAndItsConversationsExpireOneTtlLater()
    {
        using (var connection = new SqliteConnection(_database.ConnectionString + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE intake_state (key TEXT NOT NULL PRIMARY KEY, value BLOB NOT NULL, etag TEXT NOT NULL); INSERT INTO intake_state VALUES ('webchat/conversations/before', x'7374617465', 'e1'), ('intake/records/u1/index', x'7374617465', 'e2');";
            command.ExecuteNonQuery();
        }

        using var storage = Open();
        Assert.Equal("state", Text(await storage.ReadAsync("webchat/conversations/before", None)));
        _time.Advance(Ttl + TimeSpan.FromSeconds(1));

        Assert.Null(await storage.ReadAsync("webchat/conversations/before", None));
        Assert.Equal("state", Text(await storage.ReadAsync("intake/records/u1/index", None)));
    }
}
