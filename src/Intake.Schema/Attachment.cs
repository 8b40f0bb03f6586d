using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Schema;

/// <summary>A card or file carried by an activity; <see cref="Content"/> stays raw JSON.</summary>
public sealed record Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    [JsonConverter(typeof(RawJsonConverter))]
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
