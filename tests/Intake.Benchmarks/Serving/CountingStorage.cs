using System.Globalization;
using Intake.Bots.State;

namespace Intake.Benchmarks.Serving;

/// <summary>
/// The host's own <see cref="IStorage"/> (memory or SQLite), passed through unchanged, counting what is written to it:
/// every write and its bytes, and among them the intake records' index (<c>intake/records/{user}/index</c> and its
/// closed pages <c>…/index/N</c>) and the records themselves (<c>…/items/{id}</c>). Two counter additions per write.
/// </summary>
internal sealed class CountingStorage(IStorage inner) : IStorage, IDisposable
{
    private const string RecordsPrefix = "intake/records/";

    private long _writes;
    private long _bytes;
    private long _indexWrites;
    private long _indexBytes;
    private long _recordWrites;
    private long _recordBytes;

    public IStorage Inner => inner;

    public ValueTask<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

    public ValueTask<string> WriteAsync(string key, ReadOnlyMemory<byte> value, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        Interlocked.Increment(ref _writes);
        Interlocked.Add(ref _bytes, value.Length);
        if (key.StartsWith(RecordsPrefix, StringComparison.Ordinal))
        {
            if (key.Contains("/index", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _indexWrites);
                Interlocked.Add(ref _indexBytes, value.Length);
            }
            else
            {
                Interlocked.Increment(ref _recordWrites);
                Interlocked.Add(ref _recordBytes, value.Length);
            }
        }

        return inner.WriteAsync(key, value, ifMatch, cancellationToken);
    }

    public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    /// <summary>"writes bytes indexWrites indexBytes recordWrites recordBytes" since the host started (a write that then
    /// loses its ETag race is counted too: it reached the store).</summary>
    public string Snapshot() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Volatile.Read(ref _writes)} {Volatile.Read(ref _bytes)} {Volatile.Read(ref _indexWrites)} {Volatile.Read(ref _indexBytes)} {Volatile.Read(ref _recordWrites)} {Volatile.Read(ref _recordBytes)}");

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
