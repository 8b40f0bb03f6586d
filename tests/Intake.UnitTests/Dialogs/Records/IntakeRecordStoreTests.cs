using Intake.Bots.State;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Records;

namespace Intake.UnitTests.Dialogs.Records;

public sealed class IntakeRecordStoreTests
{
    private readonly MemoryStorage _storage = new();

    private static IntakeRecord Record(string user, string id) => new()
    {
        Id = id,
        User = user,
        ChannelId = "webchat",
        CompletedAt = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero),
        Language = "en",
        CareLevel = "appointment",
        RuleIds = ["severe-pain"],
        Answers = new IntakeAnswers { Consent = true, Intensity = 8, Triggers = ["heat"] },
    };

    [Fact]
    public async Task Save_TwoRecords_ListsBothWithTheirAnswers()
    {
        var store = new IntakeRecordStore(_storage);
        var user = OpaqueUserId.For("webchat", "u1");

        await store.SaveAsync(Record(user, "a"), CancellationToken.None);
        await store.SaveAsync(Record(user, "b"), CancellationToken.None);
        var records = await store.ListAsync(user, CancellationToken.None);

        Assert.Equal(["a", "b"], records.Select(r => r.Id));
        Assert.Equal(8, records[0].Answers.Intensity);
        Assert.Equal(["severe-pain"], records[1].RuleIds);
    }

    [Fact]
    public async Task DeleteAll_ErasesEveryRecordOfThatUserOnly()
    {
        var store = new IntakeRecordStore(_storage);
        var user = OpaqueUserId.For("webchat", "u1");
        var other = OpaqueUserId.For("webchat", "u2");
        await store.SaveAsync(Record(user, "a"), CancellationToken.None);
        await store.SaveAsync(Record(user, "b"), CancellationToken.None);
        await store.SaveAsync(Record(other, "c"), CancellationToken.None);

        var deleted = await store.DeleteAllAsync(user, CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Empty(await store.ListAsync(user, CancellationToken.None));
        Assert.Null(await _storage.ReadAsync(IntakeRecordStore.RecordKey(user, "a"), CancellationToken.None));
        Assert.Null(await _storage.ReadAsync(IntakeRecordStore.IndexKey(user), CancellationToken.None));
        Assert.Single(await store.ListAsync(other, CancellationToken.None));
    }

    [Fact]
    public async Task Save_ManyRecords_EachCompletionWritesOnlyASmallPageAndAllAreListedInOrder()
    {
        var store = new IntakeRecordStore(_storage);
        var user = OpaqueUserId.For("webchat", "u1");
        var largestIndexWrite = 0;
        for (var i = 0; i < 100; i++)
        {
            await store.SaveAsync(Record(user, $"r{i:D3}"), CancellationToken.None);
            largestIndexWrite = Math.Max(largestIndexWrite, (await _storage.ReadAsync(IntakeRecordStore.IndexKey(user), CancellationToken.None))!.Value.Length);
        }

        var records = await store.ListAsync(user, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"r{i:D3}"), records.Select(r => r.Id));
        Assert.InRange(largestIndexWrite, 1, RecordIndex.PageSize * 8);
        Assert.NotNull(await _storage.ReadAsync(IntakeRecordStore.PageKey(user, 2), CancellationToken.None));
        Assert.Null(await _storage.ReadAsync(IntakeRecordStore.PageKey(user, 3), CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAll_PagedIndex_ErasesEveryRecordAndEveryPage()
    {
        var store = new IntakeRecordStore(_storage);
        var user = OpaqueUserId.For("webchat", "u1");
        for (var i = 0; i < 70; i++)
        {
            await store.SaveAsync(Record(user, $"r{i}"), CancellationToken.None);
        }

        Assert.Equal(70, await store.DeleteAllAsync(user, CancellationToken.None));

        Assert.Empty(await store.ListAsync(user, CancellationToken.None));
        Assert.Null(await _storage.ReadAsync(IntakeRecordStore.PageKey(user, 0), CancellationToken.None));
        Assert.Null(await _storage.ReadAsync(IntakeRecordStore.PageKey(user, 1), CancellationToken.None));
        Assert.Null(await _storage.ReadAsync(IntakeRecordStore.IndexKey(user), CancellationToken.None));
    }

    [Fact]
    public async Task Save_IndexWrittenBeforePaging_KeepsItsIdsAndPagesFromThere()
    {
        var store = new IntakeRecordStore(_storage);
        var user = OpaqueUserId.For("webchat", "u1");
        var legacy = Enumerable.Range(0, 40).Select(i => $"old{i}").ToList();
        foreach (var id in legacy)
        {
            await _storage.WriteAsync(IntakeRecordStore.RecordKey(user, id), System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Record(user, id), Intake.Dialogs.DialogsJsonContext.Default.IntakeRecord), ETags.Any, CancellationToken.None);
        }

        await _storage.WriteAsync(IntakeRecordStore.IndexKey(user), System.Text.Encoding.UTF8.GetBytes($$"""{"ids":[{{string.Join(",", legacy.Select(i => $"\"{i}\""))}}]}"""), ETags.Any, CancellationToken.None);

        await store.SaveAsync(Record(user, "new"), CancellationToken.None);

        Assert.Equal([.. legacy, "new"], (await store.ListAsync(user, CancellationToken.None)).Select(r => r.Id));
    }

    [Fact]
    public async Task Save_IndexChangedMeanwhile_RetriesAndKeepsBoth()
    {
        var racing = new RacingStorage(_storage);
        var store = new IntakeRecordStore(racing);
        var user = OpaqueUserId.For("msteams", "29:abc");
        await new IntakeRecordStore(_storage).SaveAsync(Record(user, "first"), CancellationToken.None);
        racing.BeforeNextIndexWrite = () => new IntakeRecordStore(_storage).SaveAsync(Record(user, "raced"), CancellationToken.None);

        await store.SaveAsync(Record(user, "mine"), CancellationToken.None);

        Assert.Equal(["first", "raced", "mine"], (await store.ListAsync(user, CancellationToken.None)).Select(r => r.Id));
    }

    [Fact]
    public void OpaqueUserId_SameUser_SameIdWithoutTheRawId()
    {
        var id = OpaqueUserId.For("msteams", "29:1abcDEF");

        Assert.Equal(id, OpaqueUserId.For("msteams", "29:1abcDEF"));
        Assert.NotEqual(id, OpaqueUserId.For("webchat", "29:1abcDEF"));
        Assert.DoesNotContain("abcDEF", id, StringComparison.Ordinal);
        Assert.Equal(64, id.Length);
    }

    /// <summary>Lets another writer update the index between this store's read and write.</summary>
    private sealed class RacingStorage(IStorage inner) : IStorage
    {
        public Func<Task>? BeforeNextIndexWrite { get; set; }

        public ValueTask<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async ValueTask<string> WriteAsync(string key, ReadOnlyMemory<byte> value, string? ifMatch, CancellationToken cancellationToken)
        {
            if (key.EndsWith("/index", StringComparison.Ordinal) && BeforeNextIndexWrite is { } race)
            {
                BeforeNextIndexWrite = null;
                await race();
            }

            return await inner.WriteAsync(key, value, ifMatch, cancellationToken);
        }

        public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);
    }
}
