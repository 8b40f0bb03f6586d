using System.Buffers;
using System.Text.Json;

namespace Intake.Dialogs.Json;

/// <summary>
/// Builds a <see cref="JsonElement"/> by writing it directly, instead of a <c>JsonObject</c> tree that
/// is then serialized: no node per property, and the scratch buffer and writer are reused per thread
/// (the element owns a copy of its bytes, so nothing written is shared).
/// </summary>
internal static class JsonElementWriter
{
    private const int MaxRetainedBytes = 16 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static JsonElement Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);

        // Taken out of the thread's slots while in use, so a nested call gets its own.
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(1024);
        var writer = t_writer ?? new Utf8JsonWriter(buffer);
        t_buffer = null;
        t_writer = null;
        try
        {
            writer.Reset(buffer);
            write(writer, state);
            writer.Flush();
            var reader = new Utf8JsonReader(buffer.WrittenSpan);
            return JsonElement.ParseValue(ref reader);
        }
        finally
        {
            writer.Reset();
            buffer.ResetWrittenCount();
            if (buffer.Capacity <= MaxRetainedBytes)
            {
                t_buffer = buffer;
                t_writer = writer;
            }
        }
    }
}
