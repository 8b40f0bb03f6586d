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
            // "O" is the formatter's fast path; it always writes seven fraction digits, and the protocol's
            // form (yyyy-MM-ddTHH:mm:ss.FFFFFFFZ) leaves trailing zeros out, the dot too when all are.
            Span<byte> buffer = stackalloc byte[40];
            if (value.UtcDateTime.TryFormat(buffer, out var written, "O", CultureInfo.InvariantCulture))
            {
                var end = written - 1;
                while (buffer[end - 1] == (byte)'0')
                {
                    end--;
                }

                if (buffer[end - 1] == (byte)'.')
                {
                    end--;
                }

                buffer[end] = (byte)'Z';
                writer.WriteStringValue(buffer[..(end + 1)]);
                return;
            }
        }

        writer.WriteStringValue(value);
    }
}
