namespace Intake.Bots.Auth;

/// <summary>
/// The Bot Framework's own setting names, read from the root of the configuration
/// (environment variables use the same names).
/// </summary>
public sealed class ChannelAuthOptions
{
    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }

    /// <summary>The authority outbound tokens come from, tenant included (default: by app type, see <see cref="LoginUrl"/>).</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>
    /// Lets a non-Development host run without an App ID (behind a gateway that authenticates for it).
    /// Off by default: production refuses to start without credentials.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>Whether the bot has an identity of its own.</summary>
    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The app id, trimmed (empty when there is none).</summary>
    public string AppId => MicrosoftAppId?.Trim() ?? string.Empty;

    /// <summary>The tenant of a single-tenant bot or managed identity, trimmed, or <c>null</c>.</summary>
    public string? TenantId => string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? null : MicrosoftAppTenantId.Trim();

    /// <summary>The app type, or <c>null</c> when <see cref="MicrosoftAppType"/> names none (the start-up check refuses that).</summary>
    public ChannelAppType? AppType => MicrosoftAppType?.Trim() switch
    {
        null or "" => ChannelAppType.MultiTenant,
        var name when string.Equals(name, nameof(ChannelAppType.MultiTenant), StringComparison.OrdinalIgnoreCase) => ChannelAppType.MultiTenant,
        var name when string.Equals(name, nameof(ChannelAppType.SingleTenant), StringComparison.OrdinalIgnoreCase) => ChannelAppType.SingleTenant,
        var name when string.Equals(name, nameof(ChannelAppType.UserAssignedMSI), StringComparison.OrdinalIgnoreCase) => ChannelAppType.UserAssignedMSI,
        _ => null,
    };

    /// <summary>Where the channel issuer's metadata is read.</summary>
    public string ChannelMetadataUrl => Or(ToBotFromChannelOpenIdMetadataUrl, BotFrameworkEndpoints.ChannelOpenIdMetadataUrl);

    /// <summary>Where the Emulator's (Entra's) metadata is read.</summary>
    public string EmulatorMetadataUrl => Or(ToBotFromEmulatorOpenIdMetadataUrl, BotFrameworkEndpoints.EmulatorOpenIdMetadataUrl);

    /// <summary>The authority of outbound tokens: the setting, else the Bot Framework tenant (multi-tenant) or the bot's own.</summary>
    public string LoginUrl => Or(ToChannelFromBotLoginUrl, AppType == ChannelAppType.MultiTenant || TenantId is null
        ? BotFrameworkEndpoints.MultiTenantLoginUrl
        : $"{BotFrameworkEndpoints.LoginInstance}/{TenantId}");

    /// <summary>The resource outbound tokens are for (without <c>/.default</c>).</summary>
    public string OAuthScope
    {
        get
        {
            var scope = Or(ToChannelFromBotOAuthScope, BotFrameworkEndpoints.ConnectorScope);
            return scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;
        }
    }

    private static string Or(string? setting, string fallback) => string.IsNullOrWhiteSpace(setting) ? fallback : setting.Trim();
}
