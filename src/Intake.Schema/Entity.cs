using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Schema;

/// <summary>
/// Metadata on an activity (<c>mention</c>, <c>clientInfo</c>, <c>ClientCapabilities</c>, …). The mention
/// fields are named; everything else is kept in <see cref="ExtensionData"/>.
/// </summary>
public sealed record Entity
{
    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
