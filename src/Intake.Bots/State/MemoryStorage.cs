using System.Collections.Concurrent;
using System.Globalization;

namespace Intake.Bots.State;

/// <summary>
/// An in-process store: fast, lost on restart, for tests and single-host development. An item not written
/// for <c>ttl</c> expires (<c>Storage:ConversationTtl</c>), so the store does not grow for ever.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    /// <summary>How long an item lives after its last write when no time-to-live is given.</summary>
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromDays(1);

    // Expired items are swept once per as many writes as the store held at the last sweep (at least this
    // many): each write pays for about one item's visit however large the store grows.
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, MemoryEntry> _items = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly long _ttlTicks;
    private long _version;
    private long _nextSweep = SweepEvery;

    public MemoryStorage()
        : this(TimeProvider.System, DefaultTtl)
    {
    }

    public MemoryStorage(TimeProvider time, TimeSpan ttl)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        _time = time;
        _ttlTicks = (long)(ttl.TotalSeconds * time.TimestampFrequency);
    }

    /// <summary>How many items the store holds, expired ones not yet swept included.</summary>
    public int Count => _items.Count;

    public ValueTask<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ValueTask.FromResult(Live(key, _time.GetTimestamp())?.Item);
    }

    public ValueTask<string> WriteAsync(string key, ReadOnlyMemory<byte> value, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var version = Interlocked.Increment(ref _version);
        var etag = version.ToString(CultureInfo.InvariantCulture);
        var now = _time.GetTimestamp();
        var entry = new MemoryEntry(new StoreItem(value.ToArray(), etag), now + _ttlTicks);
        var current = Live(key, now);
        switch (ifMatch)
        {
            case null:
                if (current is not null || !(_items.TryAdd(key, entry) || (_items.TryGetValue(key, out var expired) && expired.ExpiresAt <= now && _items.TryUpdate(key, entry, expired))))
                {
                    throw new ETagConflictException(key);
                }

                break;
            case ETags.Any:
                _items[key] = entry;
                break;
            default:
                if (current is null || !string.Equals(current.Item.ETag, ifMatch, StringComparison.Ordinal) || !_items.TryUpdate(key, entry, current))
                {
                    throw new ETagConflictException(key);
                }

                break;
        }

        var due = Volatile.Read(ref _nextSweep);
        if (version >= due && Interlocked.CompareExchange(ref _nextSweep, long.MaxValue, due) == due)
        {
            Sweep(now);
            Volatile.Write(ref _nextSweep, version + Math.Max(SweepEvery, _items.Count));
        }

        return ValueTask.FromResult(etag);
    }

    public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ValueTask.FromResult(_items.TryRemove(key, out var entry) && entry.ExpiresAt > _time.GetTimestamp());
    }

    private MemoryEntry? Live(string key, long now)
        => _items.TryGetValue(key, out var entry) && entry.ExpiresAt > now ? entry : null;

    private void Sweep(long now)
    {
        foreach (var (key, entry) in _items)
        {
            if (entry.ExpiresAt <= now)
            {
                _items.TryRemove(new KeyValuePair<string, MemoryEntry>(key, entry));
            }
        }
    }
}
