using Intake.Bots.State;
using static Intake.UnitTests.Storage.StorageTestItems;

namespace Intake.UnitTests.Storage;

/// <summary>What every <see cref="IStorage"/> must do; each store runs it through a small subclass.</summary>
public abstract class StorageContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract IStorage Store { get; }

    [Fact]
    public async Task Read_MissingKey_ReturnsNull()
    {
        Assert.Null(await Store.ReadAsync("test/missing", None));
    }

    [Fact]
    public async Task Write_CreateOnlyNewKey_ReadsBackBytesAndETag()
    {
        var etag = await Store.WriteAsync("test/a", Bytes("hello"), ifMatch: null, None);

        var item = await Store.ReadAsync("test/a", None);
        Assert.NotNull(item);
        Assert.Equal("hello", Text(item));
        Assert.Equal(etag, item.ETag);
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.NotEqual(ETags.Any, etag);
    }

    [Fact]
    public async Task Write_CreateOnlyExistingKey_ThrowsConflictAndKeepsValue()
    {
        await Store.WriteAsync("test/a", Bytes("first"), ifMatch: null, None);

        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => Store.WriteAsync("test/a", Bytes("second"), ifMatch: null, None).AsTask());

        Assert.Equal("test/a", conflict.Key);
        Assert.Equal("first", Text(await Store.ReadAsync("test/a", None)));
    }

    [Fact]
    public async Task Write_CurrentETag_ReplacesValueWithNewETag()
    {
        var first = await Store.WriteAsync("test/a", Bytes("one"), ifMatch: null, None);

        var second = await Store.WriteAsync("test/a", Bytes("two"), first, None);

        Assert.NotEqual(first, second);
        var item = await Store.ReadAsync("test/a", None);
        Assert.Equal("two", Text(item));
        Assert.Equal(second, item!.ETag);
    }

    [Fact]
    public async Task Write_StaleETag_ThrowsConflictAndKeepsValue()
    {
        var stale = await Store.WriteAsync("test/a", Bytes("one"), ifMatch: null, None);
        var current = await Store.WriteAsync("test/a", Bytes("two"), stale, None);

        await Assert.ThrowsAsync<ETagConflictException>(() => Store.WriteAsync("test/a", Bytes("lost"), stale, None).AsTask());

        var item = await Store.ReadAsync("test/a", None);
        Assert.Equal("two", Text(item));
        Assert.Equal(current, item!.ETag);
    }

    [Fact]
    public async Task Write_ETagOnMissingKey_ThrowsConflictAndCreatesNothing()
    {
        var etag = await Store.WriteAsync("test/a", Bytes("one"), ifMatch: null, None);
        await Store.DeleteAsync("test/a", None);

        await Assert.ThrowsAsync<ETagConflictException>(() => Store.WriteAsync("test/a", Bytes("two"), etag, None).AsTask());

        Assert.Null(await Store.ReadAsync("test/a", None));
    }

    [Fact]
    public async Task Write_ETagReadBeforeDeleteAndRecreate_ThrowsConflict()
    {
        var old = await Store.WriteAsync("test/a", Bytes("one"), ifMatch: null, None);
        await Store.DeleteAsync("test/a", None);
        await Store.WriteAsync("test/a", Bytes("new"), ifMatch: null, None);

        await Assert.ThrowsAsync<ETagConflictException>(() => Store.WriteAsync("test/a", Bytes("lost"), old, None).AsTask());

        Assert.Equal("new", Text(await Store.ReadAsync("test/a", None)));
    }

    [Fact]
    public async Task Write_AnyOnExistingKey_OverwritesWithNewETag()
    {
        var first = await Store.WriteAsync("test/a", Bytes("one"), ifMatch: null, None);

        var second = await Store.WriteAsync("test/a", Bytes("two"), ETags.Any, None);

        Assert.NotEqual(first, second);
        var item = await Store.ReadAsync("test/a", None);
        Assert.Equal("two", Text(item));
        Assert.Equal(second, item!.ETag);
    }

    [Fact]
    public async Task Write_AnyOnMissingKey_Creates()
    {
        var etag = await Store.WriteAsync("test/a", Bytes("one"), ETags.Any, None);

        var item = await Store.ReadAsync("test/a", None);
        Assert.Equal("one", Text(item));
        Assert.Equal(etag, item!.ETag);
    }

    [Fact]
    public async Task Delete_ExistingKey_ReturnsTrueThenReadReturnsNull()
    {
        await Store.WriteAsync("test/a", Bytes("one"), ifMatch: null, None);

        Assert.True(await Store.DeleteAsync("test/a", None));

        Assert.Null(await Store.ReadAsync("test/a", None));
        Assert.False(await Store.DeleteAsync("test/a", None));
    }

    [Fact]
    public async Task Delete_MissingKey_ReturnsFalse()
    {
        Assert.False(await Store.DeleteAsync("test/never-written", None));
    }

    [Fact]
    public async Task Write_OneMebibyte_RoundTrips()
    {
        var value = new byte[1024 * 1024];
        new Random(42).NextBytes(value);

        await Store.WriteAsync("test/large", value, ifMatch: null, None);

        var item = await Store.ReadAsync("test/large", None);
        Assert.True(item!.Value.Span.SequenceEqual(value));
    }

    [Fact]
    public async Task Write_EmptyValue_RoundTripsAsEmptyNotMissing()
    {
        await Store.WriteAsync("test/empty", ReadOnlyMemory<byte>.Empty, ifMatch: null, None);

        var item = await Store.ReadAsync("test/empty", None);
        Assert.NotNull(item);
        Assert.Equal(0, item.Value.Length);
    }

    [Fact]
    public async Task Write_CallerReusesBuffer_StoredValueUnchanged()
    {
        var buffer = Bytes("kept");
        await Store.WriteAsync("test/a", buffer, ifMatch: null, None);

        buffer[0] = (byte)'X';

        Assert.Equal("kept", Text(await Store.ReadAsync("test/a", None)));
    }

    [Fact]
    public async Task Write_KeysWithPunctuationUnicodeAndCase_StayDistinct()
    {
        string[] keys =
        [
            "msteams/conversations/a:1;messageid=2", "msteams/conversations/a:1;messageid=3",
            "msteams/users/29:1AbC-xyz", "msteams/users/29:1abc-xyz", "webchat/users/user@contoso.com",
            "x/y", "x%2Fy", "x%2fy", "19:meeting_Zm9v@thread.v2", "dl_\u00e9t\u00e9", "dl_e\u0301te\u0301",
            "\u65e5\u672c\u8a9e/\u0645\u0631\u062d\u0628\u0627", "emoji/\U0001F600", "tail ", "tail",
        ];

        foreach (var key in keys)
        {
            await Store.WriteAsync(key, Bytes("value of " + key), ifMatch: null, None);
        }

        foreach (var key in keys)
        {
            Assert.Equal("value of " + key, Text(await Store.ReadAsync(key, None)));
        }
    }

    [Fact]
    public async Task Write_TwentyConcurrentIncrementsWithRetry_LosesNoUpdate()
    {
        await Store.WriteAsync("test/counter", Bytes("0"), ifMatch: null, None);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => IncrementAsync(Store, "test/counter"))));

        Assert.Equal("20", Text(await Store.ReadAsync("test/counter", None)));
    }

    [Fact]
    public async Task Write_TwentyParallelWritersWithTheSameETag_ExactlyOneWins()
    {
        var etag = await Store.WriteAsync("test/race", Bytes("start"), ifMatch: null, None);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => TryWriteAsync(Store, "test/race", $"w{i}", etag))));

        Assert.Single(outcomes, outcome => outcome is not null);
    }

    [Fact]
    public async Task Write_TwentyParallelCreateOnlyWriters_ExactlyOneCreates()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => TryWriteAsync(Store, "test/new", $"w{i}", null))));

        Assert.Single(outcomes, outcome => outcome is not null);
    }
}
