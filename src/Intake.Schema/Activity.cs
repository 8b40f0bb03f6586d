using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Schema;

/// <summary>A Bot Framework activity: the unit of everything sent between a channel and the bot.</summary>
/// <remarks>
/// Every field a channel may send is modelled or kept in <see cref="ExtensionData"/>, so an activity read
/// and written back loses nothing. Opaque payloads (<c>value</c>, <c>channelData</c>) stay raw JSON.
/// </remarks>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    [JsonConverter(typeof(TimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }
    [JsonConverter(typeof(TimestampConverter))]
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }
    public string? TopicName { get; init; }
    public string? Locale { get; init; }
    public string? Text { get; init; }
    public string? Speak { get; init; }
    public string? InputHint { get; init; }
    public string? Summary { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public JsonElement? ChannelData { get; init; }
    public string? Action { get; init; }
    public string? ReplyToId { get; init; }
    public string? Label { get; init; }
    public string? ValueType { get; init; }
    public JsonElement? Value { get; init; }
    public string? Name { get; init; }
    public string? Code { get; init; }
    [JsonConverter(typeof(TimestampConverter))]
    public DateTimeOffset? Expiration { get; init; }
    public string? Importance { get; init; }
    public string? DeliveryMode { get; init; }
    public IReadOnlyList<string>? ListenFor { get; init; }

    /// <summary>Fields this model does not name, kept so they are written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>True when <see cref="Type"/> is <paramref name="type"/> (ordinal, as the spec asks).</summary>
    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);
}
