using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Schema;

/// <summary>
/// Metadata on an activity (<c>mention</c>, <c>clientInfo</c>, <c>ClientCapabilities</c>, …). The mention
/// fields are named; everything else is kept in <see cref="ExtensionData"/>.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
