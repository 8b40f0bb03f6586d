using Intake.Bots.State;

namespace Intake.UnitTests.Bots.State;

/// <summary>A memory store that remembers every write and delete it was asked for.</summary>
internal sealed class RecordingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public List<(string Key, string? IfMatch)> Writes { get; } = [];

    public List<string> Deletes { get; } = [];

    public ValueTask<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken) => _inner.ReadAsync(key, cancellationToken);

    public ValueTask<string> WriteAsync(string key, ReadOnlyMemory<byte> value, string? ifMatch, CancellationToken cancellationToken)
    {
        Writes.Add((key, ifMatch));
        return _inner.WriteAsync(key, value, ifMatch, cancellationToken);
    }

    public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        Deletes.Add(key);
        return _inner.DeleteAsync(key, cancellationToken);
    }
}
