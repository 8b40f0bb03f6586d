namespace Intake.Bots.State;

/// <summary>
/// Keyed items with optimistic concurrency. Every write names the version it expects to replace:
/// <c>null</c> = the key must not exist yet; <see cref="ETags.Any"/> = overwrite whatever is there;
/// any other value = the stored item's current ETag. A mismatch throws <see cref="ETagConflictException"/>.
/// </summary>
public interface IStorage
{
    /// <summary>Reads one item, or <c>null</c> when the key is missing.</summary>
    ValueTask<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Writes one item if <paramref name="ifMatch"/> holds and returns its new ETag.</summary>
    ValueTask<string> WriteAsync(string key, ReadOnlyMemory<byte> value, string? ifMatch, CancellationToken cancellationToken);

    /// <summary>Deletes one item; returns whether it existed.</summary>
    ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken);
}
