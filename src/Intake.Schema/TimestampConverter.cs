using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Schema;

/// <summary>
/// Writes timestamps the way the protocol shows them: UTC values end in <c>Z</c> (spec A2041), local
/// ones keep their offset; reads any ISO-8601 form.
/// </summary>
public sealed class TimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Offset == TimeSpan.Zero)
        {
            Span<char> buffer = stackalloc char[40];
            if (value.UtcDateTime.TryFormat(buffer, out var written, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture))
            {
                writer.WriteStringValue(buffer[..written]);
                return;
            }
        }

        writer.WriteStringValue(value);
    }
}
