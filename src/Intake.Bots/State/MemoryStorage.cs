using System.Collections.Concurrent;
using System.Globalization;

namespace Intake.Bots.State;

/// <summary>An in-process store: fast, lost on restart, for tests and single-host development.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly ConcurrentDictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private long _version;

    public ValueTask<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ValueTask.FromResult(_items.TryGetValue(key, out var item) ? item : null);
    }

    public ValueTask<string> WriteAsync(string key, ReadOnlyMemory<byte> value, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var etag = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
        var item = new StoreItem(value.ToArray(), etag);
        switch (ifMatch)
        {
            case null:
                if (!_items.TryAdd(key, item))
                {
                    throw new ETagConflictException(key);
                }

                break;
            case ETags.Any:
                _items[key] = item;
                break;
            default:
                if (!_items.TryGetValue(key, out var current)
                    || !string.Equals(current.ETag, ifMatch, StringComparison.Ordinal)
                    || !_items.TryUpdate(key, item, current))
                {
                    throw new ETagConflictException(key);
                }

                break;
        }

        return ValueTask.FromResult(etag);
    }

    public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ValueTask.FromResult(_items.TryRemove(key, out _));
    }
}
