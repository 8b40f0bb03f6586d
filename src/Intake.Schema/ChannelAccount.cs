using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Schema;

/// <summary>A user or bot in a conversation.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
