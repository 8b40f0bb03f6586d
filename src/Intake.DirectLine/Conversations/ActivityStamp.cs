using System.Globalization;
using System.Text.Json;

namespace Intake.DirectLine.Conversations;

/// <summary>
/// What the channel writes on every activity it records: the server id (<c>{conversation}|{sequence}</c>), a strictly
/// increasing timestamp, and <c>channelData["webchat:sequence-id"]</c>, which Web Chat orders by (other channel data kept).
/// </summary>
internal static class ActivityStamp
{
    public const string SequenceIdField = "webchat:sequence-id";

    public static string IdFor(string conversationId, long sequence)
        => string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    public static Activity Apply(Activity activity, string id, long sequence, DateTimeOffset timestamp)
        => activity with { Id = id, Timestamp = timestamp, ChannelData = WithSequence(activity.ChannelData, sequence) };

    private static JsonElement WithSequence(JsonElement? channelData, long sequence)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (channelData is { ValueKind: JsonValueKind.Object } data)
            {
                foreach (var property in data.EnumerateObject())
                {
                    if (!property.NameEquals(SequenceIdField))
                    {
                        property.WriteTo(writer);
                    }
                }
            }

            writer.WriteNumber(SequenceIdField, sequence);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}
