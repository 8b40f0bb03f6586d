namespace Intake.Bots.Auth;

/// <summary>
/// The public cloud's Bot Framework authentication endpoints and trust roots: the defaults of the
/// <c>ToBot…</c> and <c>ToChannel…</c> settings (another cloud sets those settings instead).
/// </summary>
public static class BotFrameworkEndpoints
{
    /// <summary>The issuer of the tokens Azure Bot Service signs for channels (Teams, Azure Direct Line).</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>Where the channel issuer's signing keys (with their endorsements) are published.</summary>
    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Entra's metadata for the tokens the Emulator (and Entra-issuing channels) present.</summary>
    public const string EmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>The authority a multi-tenant bot gets its outbound tokens from.</summary>
    public const string MultiTenantLoginUrl = "https://login.microsoftonline.com/botframework.com";

    /// <summary>The Entra instance a single-tenant bot's authority is built on (<c>{instance}/{tenant}</c>).</summary>
    public const string LoginInstance = "https://login.microsoftonline.com";

    /// <summary>The resource outbound tokens are for: the Bot Connector.</summary>
    public const string ConnectorScope = "https://api.botframework.com";

    /// <summary>
    /// The Entra tenants Bot Framework tokens come from (Emulator protocol v3.1 and v3.2, and the Bot
    /// Service tenant of Entra-issued channel tokens).
    /// </summary>
    public static readonly IReadOnlyList<string> BotServiceTenants =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8"];

    /// <summary>The two issuer forms Entra uses for a tenant: v1 (<c>sts.windows.net</c>) and v2 (<c>login.microsoftonline.com/…/v2.0</c>).</summary>
    public static IEnumerable<string> EntraIssuers(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        yield return $"https://sts.windows.net/{tenantId}/";
        yield return $"https://login.microsoftonline.com/{tenantId}/v2.0";
    }
}
