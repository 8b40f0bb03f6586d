using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Schema;

/// <summary>
/// A raw JSON payload (a card, <c>channelData</c>, a dialog's state) written as the bytes it was parsed from,
/// instead of being walked and re-escaped token by token; read as any <see cref="JsonElement"/>.
/// </summary>
public sealed class RawJsonConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => JsonElement.ParseValue(ref reader);

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            // No bytes to copy: the writer refuses it as it always did.
            value.WriteTo(writer);
            return;
        }

        // Parsed JSON is valid JSON: no need to check it again.
        writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(value), skipInputValidation: true);
    }
}
