using System.Buffers;
using System.Text.Json;

namespace Intake.Dialogs.Json;

/// <summary>
/// Builds a <see cref="JsonElement"/> by writing it directly, instead of a <c>JsonObject</c> tree that
/// is then serialized: one buffer and one parse, no node per property.
/// </summary>
internal static class JsonElementWriter
{
    public static JsonElement Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, state);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }
}
