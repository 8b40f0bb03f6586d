using System.Globalization;
using System.Text;
using Intake.Bots.State;

namespace Intake.UnitTests.Storage;

/// <summary>Values for store tests: UTF-8 text in, text out, and a counter incremented with ETag retry.</summary>
internal static class StorageTestItems
{
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    public static string Text(StoreItem? item) => Encoding.UTF8.GetString(Assert.IsType<StoreItem>(item).Value.Span);

    /// <summary>Reads, adds one, writes at the ETag read; on a conflict reads again.</summary>
    public static async Task IncrementAsync(IStorage store, string key)
    {
        while (true)
        {
            var item = await store.ReadAsync(key, CancellationToken.None);
            var next = int.Parse(Text(item), CultureInfo.InvariantCulture) + 1;

            // Let the other writers read the same version first, so the ETag check has races to catch.
            await Task.Delay(1);
            try
            {
                await store.WriteAsync(key, Bytes(next.ToString(CultureInfo.InvariantCulture)), item!.ETag, CancellationToken.None);
                return;
            }
            catch (ETagConflictException)
            {
                await Task.Yield();
            }
        }
    }

    /// <summary>One write at <paramref name="etag"/>: its new ETag, or null when it lost to another version.</summary>
    public static async Task<string?> TryWriteAsync(IStorage store, string key, string value, string? etag)
    {
        try
        {
            return await store.WriteAsync(key, Bytes(value), etag, CancellationToken.None);
        }
        catch (ETagConflictException)
        {
            return null;
        }
    }
}
