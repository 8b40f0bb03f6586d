namespace Intake.Bots.Auth;

/// <summary>
/// The Bot Framework's own setting names, read from the root of the configuration
/// (environment variables use the same names).
/// </summary>
public sealed class ChannelAuthOptions
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }

    public string? ToChannelFromBotLoginUrl { get; set; }

    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>
    /// Lets a non-Development host run without an App ID (behind a gateway that authenticates for it).
    /// Off by default: production refuses to start without credentials.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>Whether the bot has an identity of its own.</summary>
    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
