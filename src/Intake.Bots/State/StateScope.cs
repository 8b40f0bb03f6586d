using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Intake.Bots.State;

/// <summary>
/// One stored state item (a conversation's or a user's) as typed slots. Loaded once per turn, written
/// once at the end and only when its bytes changed, with the ETag it was read at.
/// </summary>
public sealed class StateScope
{
    // Each stored slot's value as its raw bytes in the stored item: read when asked for, copied as is when
    // not (a JsonDocument of the whole item cost more than the rest of the state's handling together).
    private readonly Dictionary<string, ReadOnlyMemory<byte>> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Slot> _live = new(StringComparer.Ordinal);
    private ReadOnlyMemory<byte> _original;
    private bool _cleared;
    private bool _unsaved;

    // Nothing read, written or cleared: the stored bytes are still exact, so saving has nothing to compare.
    private bool _touched;

    private StateScope(string key, StoreItem? item)
    {
        Key = key;
        ETag = item?.ETag;
        if (item is null)
        {
            return;
        }

        _original = item.Value;
        var reader = new Utf8JsonReader(item.Value.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"The state item {key} is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            _stored[name] = item.Value[start..(int)(reader.BytesConsumed)];
        }
    }

    /// <summary>The storage key of this scope.</summary>
    public string Key { get; }

    /// <summary>Whether this turn emptied the scope (the conversation is forgotten; only what is set afterwards is kept).</summary>
    public bool WasCleared => _cleared;

    /// <summary>The ETag the scope was read at; <c>null</c> when it did not exist.</summary>
    public string? ETag { get; private set; }

    /// <summary>Reads the scope from storage.</summary>
    public static async ValueTask<StateScope> LoadAsync(IStorage storage, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var item = await storage.ReadAsync(key, cancellationToken);
        return new StateScope(key, item);
    }

    /// <summary>An empty scope that is never saved (a turn with no user id has no user state).</summary>
    public static StateScope Unsaved(string key) => new(key, item: null) { _unsaved = true };

    /// <summary>The slot's value, or <c>null</c> when it is empty.</summary>
    public T? Get<T>(StateKey<T> key)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_live.TryGetValue(key.Name, out var slot))
        {
            return (T?)slot.Value;
        }

        if (!_stored.TryGetValue(key.Name, out var raw))
        {
            return null;
        }

        var value = JsonSerializer.Deserialize(raw.Span, key.TypeInfo);
        if (value is not null)
        {
            _touched = true;
            _live[key.Name] = new Slot(value, key.TypeInfo);
        }

        return value;
    }

    /// <summary>The slot's value, created with <paramref name="create"/> when it is empty.</summary>
    public T GetOrCreate<T>(StateKey<T> key, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        var value = Get(key);
        if (value is null)
        {
            value = create();
            Set(key, value);
        }

        return value;
    }

    /// <summary>Puts a value in the slot.</summary>
    public void Set<T>(StateKey<T> key, T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _touched = true;
        _live[key.Name] = new Slot(value, key.TypeInfo);
    }

    /// <summary>Empties the slot.</summary>
    public void Remove<T>(StateKey<T> key)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        _touched = true;
        _live.Remove(key.Name);
        _stored.Remove(key.Name);
    }

    /// <summary>Empties every slot; at the end of the turn the stored item is deleted.</summary>
    public void Clear()
    {
        _live.Clear();
        _stored.Clear();
        _cleared = true;
        _touched = true;
    }

    /// <summary>Serializes the slots (stable order) to the bytes that would be stored.</summary>
    public byte[] Serialize()
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, _original.Length + 64));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var name in SlotNames())
            {
                writer.WritePropertyName(name);
                if (_live.TryGetValue(name, out var slot))
                {
                    JsonSerializer.Serialize(writer, slot.Value, slot.TypeInfo);
                }
                else
                {
                    writer.WriteRawValue(_stored[name].Span, skipInputValidation: true);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the scope if it changed; deletes it if it was cleared. Conflicts propagate.</summary>
    public async ValueTask<bool> SaveAsync(IStorage storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (_unsaved || !_touched)
        {
            return false;
        }

        if (_cleared && _live.Count == 0 && _stored.Count == 0)
        {
            if (ETag is null)
            {
                return false;
            }

            await storage.DeleteAsync(Key, cancellationToken);
            ETag = null;
            _original = default;
            return true;
        }

        var bytes = Serialize();
        if (ETag is not null && bytes.AsSpan().SequenceEqual(_original.Span))
        {
            return false;
        }

        if (ETag is null && _live.Count == 0 && _stored.Count == 0)
        {
            return false;
        }

        ETag = await storage.WriteAsync(Key, bytes, ETag, cancellationToken);
        _original = bytes;
        return true;
    }

    // Every slot's name once, in ordinal order (stable bytes, so an unchanged scope compares equal).
    private List<string> SlotNames()
    {
        var names = new List<string>(_stored.Count + _live.Count);
        names.AddRange(_stored.Keys);
        foreach (var name in _live.Keys)
        {
            if (!_stored.ContainsKey(name))
            {
                names.Add(name);
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private sealed record Slot(object Value, JsonTypeInfo TypeInfo);
}
