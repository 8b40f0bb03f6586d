using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Schema;

/// <summary>A Bot Framework activity: the unit of everything sent between a channel and the bot.</summary>
/// <remarks>
/// Every field a channel may send is modelled or kept in <see cref="ExtensionData"/>, so an activity read
/// and written back loses nothing. Opaque payloads (<c>value</c>, <c>channelData</c>) stay raw JSON.
/// Setters, not <c>init</c>, here and in every schema type an inbound activity holds: the source-generated
/// serializer reads init-only members through its parameterized-constructor path, a third of the inbound parse
/// (benchmark <c>--profile</c>, "parse the inbound activity": 9.5 → 6.3 µs). Treat them as values all the same:
/// build with initializers, change with <c>with</c>; prompts are rendered once and shared between turns.
/// </remarks>
public sealed record Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    [JsonConverter(typeof(TimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }
    [JsonConverter(typeof(TimestampConverter))]
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; set; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; set; }
    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; set; }
    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; set; }
    public string? TopicName { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IReadOnlyList<Attachment>? Attachments { get; set; }
    public IReadOnlyList<Entity>? Entities { get; set; }
    [JsonConverter(typeof(RawJsonConverter))]
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    [JsonConverter(typeof(RawJsonConverter))]
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Code { get; set; }
    [JsonConverter(typeof(TimestampConverter))]
    public DateTimeOffset? Expiration { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }
    public IReadOnlyList<string>? ListenFor { get; set; }

    /// <summary>Fields this model does not name, kept so they are written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>True when <see cref="Type"/> is <paramref name="type"/> (ordinal, as the spec asks).</summary>
    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);
}
