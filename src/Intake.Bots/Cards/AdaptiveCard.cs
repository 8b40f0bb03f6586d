using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Bots.Capabilities;
using Intake.Schema;

namespace Intake.Bots.Cards;

/// <summary>An Adaptive Card of the version every channel we serve renders (<see cref="ChannelCapabilities.AdaptiveCardVersion"/>).</summary>
public sealed record AdaptiveCard
{
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema { get; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version { get; } = ChannelCapabilities.AdaptiveCardVersion;

    /// <summary>What a client that cannot render the card shows instead.</summary>
    public string? FallbackText { get; init; }

    /// <summary>What a screen reader or a voice channel says for the card.</summary>
    public string? Speak { get; init; }

    public required IReadOnlyList<AdaptiveElement> Body { get; init; }

    public required IReadOnlyList<AdaptiveAction> Actions { get; init; }

    /// <summary>The card as an activity attachment.</summary>
    public Attachment ToAttachment()
        => new() { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(this, CardJsonContext.Default.AdaptiveCard) };
}
