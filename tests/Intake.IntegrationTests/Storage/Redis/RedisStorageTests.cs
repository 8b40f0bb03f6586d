using Intake.Bots.Startup;
using Intake.Bots.State;
using Intake.IntegrationTests.Storage.Servers;
using Intake.Storage.Redis;
using StackExchange.Redis;
using static Intake.UnitTests.Storage.StorageTestItems;

namespace Intake.IntegrationTests.Storage.Redis;

/// <summary>What the Redis store adds to the contract: one winner per version, the time-to-live, the start-up refusals.</summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisStorageTests(RedisFixture redis)
{
    private const string Conversation = "webchat/conversations/c1";
    private const string User = "webchat/users/u1";
    private const string Record = "intake/records/u1/items/r1";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:";

    private RedisStorage Open(TimeSpan? ttl = null) => new(redis.Connection, ttl ?? TimeSpan.FromDays(1), _prefix);

    [Fact]
    public async Task Write_TwoWritersWithTheSameETag_ExactlyOneWins()
    {
        var store = Open();
        for (var round = 0; round < 25; round++)
        {
            var key = $"test/race-{round}";
            var etag = await store.WriteAsync(key, Bytes("start"), ifMatch: null, None);

            var outcomes = await Task.WhenAll(
                Task.Run(() => TryWriteAsync(store, key, "a", etag)),
                Task.Run(() => TryWriteAsync(store, key, "b", etag)));

            var winner = Assert.Single(outcomes, outcome => outcome is not null);
            var item = await store.ReadAsync(key, None);
            Assert.Equal(winner, item!.ETag);
        }
    }

    [Fact]
    public async Task Write_ConversationState_GetsTheTtlAndUserStateAndRecordsNone()
    {
        var store = Open(TimeSpan.FromMinutes(30));
        await store.WriteAsync(Conversation, Bytes("state"), ifMatch: null, None);
        await store.WriteAsync(User, Bytes("user"), ifMatch: null, None);
        await store.WriteAsync(Record, Bytes("record"), ifMatch: null, None);

        var database = redis.Connection.GetDatabase();
        var ttl = await database.KeyTimeToLiveAsync(_prefix + Conversation);
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
        Assert.Null(await database.KeyTimeToLiveAsync(_prefix + User));
        Assert.Null(await database.KeyTimeToLiveAsync(_prefix + Record));
    }

    [Fact]
    public async Task Read_ConversationNotWrittenForTheTtl_IsGoneButTheRecordStays()
    {
        var store = Open(TimeSpan.FromMilliseconds(300));
        var old = await store.WriteAsync(Conversation, Bytes("state"), ifMatch: null, None);
        await store.WriteAsync(Record, Bytes("record"), ifMatch: null, None);

        await Task.Delay(700);

        Assert.Null(await store.ReadAsync(Conversation, None));
        Assert.Equal("record", Text(await store.ReadAsync(Record, None)));
        await Assert.ThrowsAsync<ETagConflictException>(async () => await store.WriteAsync(Conversation, Bytes("stale"), old, None));
        await store.WriteAsync(Conversation, Bytes("new"), ifMatch: null, None);
        Assert.Equal("new", Text(await store.ReadAsync(Conversation, None)));
    }

    [Fact]
    public async Task Write_ConversationRewrittenWithinTheTtl_LivesAnotherTtl()
    {
        var store = Open(TimeSpan.FromSeconds(2));
        var etag = await store.WriteAsync(Conversation, Bytes("v1"), ifMatch: null, None);
        await Task.Delay(1200);
        await store.WriteAsync(Conversation, Bytes("v2"), etag, None);

        await Task.Delay(1200);

        Assert.Equal("v2", Text(await store.ReadAsync(Conversation, None)));
    }

    [Fact]
    public async Task Write_KeyPrefix_KeepsTwoStoresOnOneServerApart()
    {
        var first = Open();
        var second = new RedisStorage(redis.Connection, TimeSpan.FromDays(1), $"other-{Guid.NewGuid():N}:");

        await first.WriteAsync(Record, Bytes("first"), ifMatch: null, None);

        Assert.Null(await second.ReadAsync(Record, None));
        Assert.True(await redis.Connection.GetDatabase().KeyExistsAsync(_prefix + Record));
    }

    [Fact]
    public void Connect_WrongPassword_RefusesNamingTheSettingWithoutThePassword()
    {
        var wrong = "wrong-" + Guid.NewGuid().ToString("N");

        var refusal = Assert.Throws<StartupRefusedException>(() => RedisConnections.Connect($"127.0.0.1:{redis.Server.Port},password={wrong},connectTimeout=2000"));

        Assert.StartsWith("ConnectionStrings:Redis: ", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("password", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connect_ClosedPort_RefusesNamingTheSetting()
    {
        var port = Intake.IntegrationTests.Infrastructure.LoopbackServers.FreePort();

        var refusal = Assert.Throws<StartupRefusedException>(() => RedisConnections.Connect($"127.0.0.1:{port},password=x,connectTimeout=2000"));

        Assert.Equal($"ConnectionStrings:Redis: the Redis server at 127.0.0.1:{port} could not be reached.", refusal.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(",password=x")]
    public void Connect_NoServer_RefusesNamingTheSetting(string? connectionString)
    {
        var refusal = Assert.Throws<StartupRefusedException>(() => RedisConnections.Connect(connectionString));

        Assert.StartsWith("ConnectionStrings:Redis ", refusal.Message, StringComparison.Ordinal);
    }
}
