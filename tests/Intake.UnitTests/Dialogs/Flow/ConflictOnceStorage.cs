using Intake.Bots.State;

namespace Intake.UnitTests.Dialogs.Flow;

/// <summary>
/// A memory store that, once armed, refuses the next save of a conversation's state with an ETag conflict
/// (as if another host had written first), so the adapter reruns the turn; it remembers every delete.
/// </summary>
internal sealed class ConflictOnceStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private bool _armed;

    public List<string> Deletes { get; } = [];

    /// <summary>How many saves were refused.</summary>
    public int Conflicts { get; private set; }

    /// <summary>The next write or delete of a conversation's state throws <see cref="ETagConflictException"/>.</summary>
    public void ConflictOnNextConversationSave() => _armed = true;

    public ValueTask<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken) => _inner.ReadAsync(key, cancellationToken);

    public ValueTask<string> WriteAsync(string key, ReadOnlyMemory<byte> value, string? ifMatch, CancellationToken cancellationToken)
    {
        RefuseIfArmed(key);
        return _inner.WriteAsync(key, value, ifMatch, cancellationToken);
    }

    public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        RefuseIfArmed(key);
        Deletes.Add(key);
        return _inner.DeleteAsync(key, cancellationToken);
    }

    private void RefuseIfArmed(string key)
    {
        if (_armed && key.Contains("/conversations/", StringComparison.Ordinal))
        {
            _armed = false;
            Conflicts++;
            throw new ETagConflictException(key);
        }
    }
}
