using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Schema;

/// <summary>A button: what it shows (<see cref="Title"/>) and what it does (<see cref="Type"/>, <see cref="Value"/>).</summary>
public sealed record CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? ImageAltText { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    [JsonConverter(typeof(RawJsonConverter))]
    public JsonElement? Value { get; set; }
    [JsonConverter(typeof(RawJsonConverter))]
    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
