using Intake.Bots.State;

namespace Intake.UnitTests.Bots.State;

public sealed class StateScopeTests
{
    private const string Key = "emulator/conversations/c1";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly StateKey<ScopeTestNote> Note = new("note", ScopeTestJsonContext.Default.ScopeTestNote);
    private static readonly StateKey<ScopeTestNote> Other = new("other", ScopeTestJsonContext.Default.ScopeTestNote);
    private readonly RecordingStorage _storage = new();

    [Fact]
    public async Task Save_NewScopeNothingSet_WritesNothing()
    {
        var scope = await StateScope.LoadAsync(_storage, Key, None);
        Assert.Null(scope.Get(Note));

        Assert.False(await scope.SaveAsync(_storage, None));

        Assert.Empty(_storage.Writes);
        Assert.Null(await _storage.ReadAsync(Key, None));
    }

    [Fact]
    public async Task Save_LoadedScopeReadButUnchanged_WritesNothing()
    {
        await SeedAsync(new ScopeTestNote("hi", 1));
        var scope = await StateScope.LoadAsync(_storage, Key, None);
        Assert.Equal(new ScopeTestNote("hi", 1), scope.Get(Note));
        scope.Set(Note, new ScopeTestNote("hi", 1));

        Assert.False(await scope.SaveAsync(_storage, None));

        Assert.Empty(_storage.Writes);
    }

    [Fact]
    public async Task Save_NewScopeValueSet_CreatesOnlyIfStillMissing()
    {
        var scope = await StateScope.LoadAsync(_storage, Key, None);
        scope.Set(Note, new ScopeTestNote("new", 1));

        Assert.True(await scope.SaveAsync(_storage, None));

        Assert.Equal((Key, (string?)null), Assert.Single(_storage.Writes));
        var reloaded = await StateScope.LoadAsync(_storage, Key, None);
        Assert.Equal(new ScopeTestNote("new", 1), reloaded.Get(Note));
    }

    [Fact]
    public async Task Save_ChangedScope_WritesOnceWithTheETagItWasReadAt()
    {
        var etag = await SeedAsync(new ScopeTestNote("hi", 1));
        var scope = await StateScope.LoadAsync(_storage, Key, None);
        scope.Set(Note, scope.Get(Note)! with { Count = 2 });

        Assert.True(await scope.SaveAsync(_storage, None));
        Assert.False(await scope.SaveAsync(_storage, None));

        Assert.Equal((Key, (string?)etag), Assert.Single(_storage.Writes));
        Assert.Equal((await _storage.ReadAsync(Key, None))!.ETag, scope.ETag);
        var reloaded = await StateScope.LoadAsync(_storage, Key, None);
        Assert.Equal(2, reloaded.Get(Note)!.Count);
    }

    [Fact]
    public async Task Save_OneSlotChanged_KeepsTheUnreadSlotsBytesExactly()
    {
        // A slot of a newer or older shape (unknown members, escapes, nesting) is carried through untouched.
        const string Unread = """{"text":"caf\u00e9 \"x\"","deep":{"list":[1,2.50,null,true]},"count":3}""";
        await _storage.WriteAsync(Key, System.Text.Encoding.UTF8.GetBytes($$"""{"note":{"text":"a","count":1},"other":{{Unread}}}"""), null, None);
        var scope = await StateScope.LoadAsync(_storage, Key, None);

        scope.Set(Note, new ScopeTestNote("b", 2));
        await scope.SaveAsync(_storage, None);

        var stored = System.Text.Encoding.UTF8.GetString((await _storage.ReadAsync(Key, None))!.Value.Span);
        Assert.Equal($$"""{"note":{"Text":"b","Count":2},"other":{{Unread}}}""", stored);
    }

    [Fact]
    public async Task Load_ItemNotAnObject_ThrowsJsonException()
    {
        await _storage.WriteAsync(Key, "[1,2]"u8.ToArray(), null, None);

        await Assert.ThrowsAsync<System.Text.Json.JsonException>(async () => await StateScope.LoadAsync(_storage, Key, None));
    }

    [Fact]
    public async Task Save_SlotRemoved_KeepsTheOtherSlots()
    {
        var scope = await StateScope.LoadAsync(_storage, Key, None);
        scope.Set(Note, new ScopeTestNote("a", 1));
        scope.Set(Other, new ScopeTestNote("b", 2));
        await scope.SaveAsync(_storage, None);
        var next = await StateScope.LoadAsync(_storage, Key, None);

        next.Remove(Note);
        await next.SaveAsync(_storage, None);

        var reloaded = await StateScope.LoadAsync(_storage, Key, None);
        Assert.Null(reloaded.Get(Note));
        Assert.Equal(new ScopeTestNote("b", 2), reloaded.Get(Other));
    }

    [Fact]
    public async Task Save_Cleared_DeletesTheStoredItem()
    {
        await SeedAsync(new ScopeTestNote("hi", 1));
        var scope = await StateScope.LoadAsync(_storage, Key, None);

        scope.Clear();
        Assert.True(await scope.SaveAsync(_storage, None));

        Assert.Equal(Key, Assert.Single(_storage.Deletes));
        Assert.Empty(_storage.Writes);
        Assert.Null(await _storage.ReadAsync(Key, None));
        Assert.Null(scope.ETag);
    }

    [Fact]
    public async Task Save_ClearedScopeThatNeverExisted_DoesNothing()
    {
        var scope = await StateScope.LoadAsync(_storage, Key, None);

        scope.Clear();

        Assert.False(await scope.SaveAsync(_storage, None));
        Assert.Empty(_storage.Deletes);
        Assert.Empty(_storage.Writes);
    }

    [Fact]
    public async Task Save_ClearedThenSet_WritesOnlyTheNewValue()
    {
        await SeedAsync(new ScopeTestNote("old", 1));
        var scope = await StateScope.LoadAsync(_storage, Key, None);
        scope.Set(Other, new ScopeTestNote("other", 1));

        scope.Clear();
        scope.Set(Note, new ScopeTestNote("new", 2));
        await scope.SaveAsync(_storage, None);

        var reloaded = await StateScope.LoadAsync(_storage, Key, None);
        Assert.Equal(new ScopeTestNote("new", 2), reloaded.Get(Note));
        Assert.Null(reloaded.Get(Other));
    }

    [Fact]
    public async Task Save_StaleScope_ThrowsConflictAndKeepsTheFirstWrite()
    {
        await SeedAsync(new ScopeTestNote("hi", 1));
        var first = await StateScope.LoadAsync(_storage, Key, None);
        var stale = await StateScope.LoadAsync(_storage, Key, None);
        first.Set(Note, new ScopeTestNote("first", 2));
        stale.Set(Note, new ScopeTestNote("stale", 2));
        await first.SaveAsync(_storage, None);

        await Assert.ThrowsAsync<ETagConflictException>(() => stale.SaveAsync(_storage, None).AsTask());

        var reloaded = await StateScope.LoadAsync(_storage, Key, None);
        Assert.Equal("first", reloaded.Get(Note)!.Text);
    }

    [Fact]
    public async Task Save_UnsavedScope_NeverWrites()
    {
        var scope = StateScope.Unsaved("anonymous");
        scope.Set(Note, new ScopeTestNote("x", 1));

        Assert.False(await scope.SaveAsync(_storage, None));

        Assert.Empty(_storage.Writes);
    }

    private async Task<string> SeedAsync(ScopeTestNote note)
    {
        var scope = await StateScope.LoadAsync(_storage, Key, None);
        scope.Set(Note, note);
        await scope.SaveAsync(_storage, None);
        var etag = scope.ETag!;
        _storage.Writes.Clear();
        return etag;
    }
}
