using Intake.Bots.State;
using Intake.Storage.Sqlite;
using static Intake.UnitTests.Storage.StorageTestItems;

namespace Intake.UnitTests.Storage.Sqlite;

/// <summary>What only a shared file can do: two hosts on one store, a restart, the journal mode.</summary>
public sealed class SqliteStorageTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _database = new();

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task NewDatabase_AfterAWrite_FileAndJournalsReadableByOwnerOnly()
    {
        using var storage = new SqliteStorage(_database.ConnectionString);

        await storage.WriteAsync("emulator/conversations/c1", Bytes("answers"), ifMatch: null, None);

        var files = new[] { "", "-wal", "-shm" }.Select(s => _database.FilePath + s).ToList();
        Assert.All(files, f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ExistingWorldReadableDatabase_Opened_NarrowedToOwnerOnly()
    {
        File.WriteAllBytes(_database.FilePath, []);
        File.SetUnixFileMode(_database.FilePath, (UnixFileMode)0b110_100_100);

        using var storage = new SqliteStorage(_database.ConnectionString);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_database.FilePath));
    }

    [Fact]
    public async Task TwoStoresOneFile_WriteInOne_ReadInOther()
    {
        using var hostA = new SqliteStorage(_database.ConnectionString);
        using var hostB = new SqliteStorage(_database.ConnectionString);

        var etag = await hostA.WriteAsync("emulator/conversations/c1", Bytes("from A"), ifMatch: null, None);

        var item = await hostB.ReadAsync("emulator/conversations/c1", None);
        Assert.Equal("from A", Text(item));
        Assert.Equal(etag, item!.ETag);
    }

    [Fact]
    public async Task TwoStoresOneFile_StaleWriteInOther_ThrowsConflict()
    {
        using var hostA = new SqliteStorage(_database.ConnectionString);
        using var hostB = new SqliteStorage(_database.ConnectionString);
        var read = await hostA.WriteAsync("k", Bytes("v1"), ifMatch: null, None);
        await hostB.WriteAsync("k", Bytes("v2"), read, None);

        await Assert.ThrowsAsync<ETagConflictException>(() => hostA.WriteAsync("k", Bytes("lost"), read, None).AsTask());

        Assert.Equal("v2", Text(await hostA.ReadAsync("k", None)));
    }

    [Fact]
    public async Task TwoStoresOneFile_ConcurrentIncrements_LoseNoUpdate()
    {
        using var hostA = new SqliteStorage(_database.ConnectionString);
        using var hostB = new SqliteStorage(_database.ConnectionString);
        await hostA.WriteAsync("counter", Bytes("0"), ifMatch: null, None);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => IncrementAsync(i % 2 == 0 ? hostA : hostB, "counter"))));

        Assert.Equal("20", Text(await hostB.ReadAsync("counter", None)));
    }

    [Fact]
    public async Task Store_DisposedAndReopened_KeepsItems()
    {
        string etag;
        using (var before = new SqliteStorage(_database.ConnectionString))
        {
            etag = await before.WriteAsync("k", Bytes("kept"), ifMatch: null, None);
        }

        using var after = new SqliteStorage(_database.ConnectionString);

        var item = await after.ReadAsync("k", None);
        Assert.Equal("kept", Text(item));
        Assert.Equal(etag, item!.ETag);
    }

    [Fact]
    public void Store_OnAFile_UsesWriteAheadLog()
    {
        using var store = new SqliteStorage(_database.ConnectionString);

        Assert.Equal("wal", store.JournalMode);
        Assert.Equal(_database.FilePath, store.DataSource);
    }

    [Fact]
    public async Task Write_ThreeKeys_ThreeRowsInTheFile()
    {
        using var store = new SqliteStorage(_database.ConnectionString);

        foreach (var key in new[] { "a", "b", "c" })
        {
            await store.WriteAsync(key, Bytes(key), ifMatch: null, None);
        }

        Assert.Equal(3, _database.CountRows());
    }

    [Fact]
    public async Task Store_Disposed_ClosesTheFileAndFoldsTheLogIntoIt()
    {
        var store = new SqliteStorage(_database.ConnectionString);
        await store.WriteAsync("k", Bytes("v"), ifMatch: null, None);
        Assert.True(File.Exists(_database.FilePath + "-wal"));

        store.Dispose();

        Assert.Equal(["state.db"], Directory.GetFiles(_database.Folder).Select(Path.GetFileName));
    }

    public void Dispose() => _database.Dispose();
}
