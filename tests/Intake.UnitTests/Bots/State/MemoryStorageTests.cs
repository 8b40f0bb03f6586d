using System.Text;
using Intake.Bots.State;
using Microsoft.Extensions.Time.Testing;

namespace Intake.UnitTests.Bots.State;

public sealed class MemoryStorageTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Read_ItemNotWrittenForTheTtl_IsGone()
    {
        var storage = new MemoryStorage(_time, TimeSpan.FromHours(1));
        await storage.WriteAsync("k", Bytes("v"), ifMatch: null, None);

        _time.Advance(TimeSpan.FromMinutes(61));

        Assert.Null(await storage.ReadAsync("k", None));
    }

    [Fact]
    public async Task Read_ItemRewrittenWithinTheTtl_StillThere()
    {
        var storage = new MemoryStorage(_time, TimeSpan.FromHours(1));
        var etag = await storage.WriteAsync("k", Bytes("v1"), ifMatch: null, None);
        _time.Advance(TimeSpan.FromMinutes(50));
        await storage.WriteAsync("k", Bytes("v2"), etag, None);

        _time.Advance(TimeSpan.FromMinutes(50));

        Assert.Equal("v2", Encoding.UTF8.GetString((await storage.ReadAsync("k", None))!.Value.Span));
    }

    [Fact]
    public async Task Write_CreateOnlyOverAnExpiredItem_Succeeds()
    {
        var storage = new MemoryStorage(_time, TimeSpan.FromHours(1));
        var old = await storage.WriteAsync("k", Bytes("old"), ifMatch: null, None);
        _time.Advance(TimeSpan.FromHours(2));

        await storage.WriteAsync("k", Bytes("new"), ifMatch: null, None);

        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync("k", Bytes("stale"), old, None).AsTask());
        Assert.Equal("new", Encoding.UTF8.GetString((await storage.ReadAsync("k", None))!.Value.Span));
    }

    [Fact]
    public async Task Write_ManyConversationsThatEnded_ExpiredOnesSwept()
    {
        var storage = new MemoryStorage(_time, TimeSpan.FromHours(1));
        for (var i = 0; i < 1000; i++)
        {
            await storage.WriteAsync($"old-{i}", Bytes("v"), ifMatch: null, None);
        }

        _time.Advance(TimeSpan.FromHours(2));
        for (var i = 0; i < 100; i++)
        {
            await storage.WriteAsync($"new-{i}", Bytes("v"), ifMatch: null, None);
        }

        Assert.InRange(storage.Count, 100, 124);
    }

    private static ReadOnlyMemory<byte> Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
