using System.Security.Claims;
using Intake.Bots.Auth;
using Intake.Bots.Delivery;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Intake.Bots.AspNetCore.Authentication;

/// <summary>
/// Validates the bearer token of a channel request (protocol §3.1, §3.2): chooses the issuer's keys by the
/// token's unvalidated <c>iss</c> (the Bot Framework's, or Entra's for the Emulator and Entra-issued channel
/// tokens), then checks signature (RS256 only, a key the issuer publishes), issuer, audience = the app id
/// and lifetime with 5 minutes of skew. The checks that need the activity are left to <see cref="ChannelToken"/>.
/// </summary>
internal sealed class ChannelTokenValidator(ChannelKeySources keys, IOptions<ChannelAuthOptions> options)
{
    private readonly ChannelAuthOptions _auth = options.Value;
    /// <summary>The clock skew the Bot Framework allows.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly HashSet<string> _entraIssuers = EntraIssuers(options.Value);

    /// <summary>The identity and what it vouches for, or the reason (our own words, never the token's) it is refused.</summary>
    public async Task<(ClaimsIdentity? Identity, ChannelToken? Token, string? Failure)> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length > 16 * 1024 || !_handler.CanReadToken(token))
        {
            return Refuse("The bearer token is not a JWT.");
        }

        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return Refuse("The bearer token is not a JWT.");
        }

        if (!string.Equals(unvalidated.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            return Refuse("The token is not signed with RS256.");
        }

        if (string.IsNullOrEmpty(unvalidated.Kid))
        {
            return Refuse("The token names no signing key (kid).");
        }

        var issuer = unvalidated.TryGetPayloadValue<string>("iss", out var iss) ? iss : null;
        var fromBotFramework = string.Equals(issuer, BotFrameworkEndpoints.ChannelIssuer, StringComparison.Ordinal);
        if (!fromBotFramework && (issuer is null || !_entraIssuers.Contains(issuer)))
        {
            return Refuse("The token's issuer is not a Bot Framework or Emulator issuer this bot trusts.");
        }

        var source = fromBotFramework ? keys.Channel : keys.Emulator;
        var snapshot = await source.GetAsync(cancellationToken);
        if (snapshot is not null && !snapshot.HasKey(unvalidated.Kid))
        {
            snapshot = await source.RefreshForUnknownKeyAsync(unvalidated.Kid, cancellationToken);
        }

        if (snapshot is null)
        {
            return Refuse("The issuer's signing keys are unavailable; try again later.");
        }

        if (!snapshot.HasKey(unvalidated.Kid))
        {
            return Refuse("The token is signed with a key the issuer does not publish.");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(snapshot, fromBotFramework ? [BotFrameworkEndpoints.ChannelIssuer] : _entraIssuers));
        if (!result.IsValid)
        {
            return Refuse(Reason(result.Exception));
        }

        var identity = result.ClaimsIdentity;
        var serviceUrl = identity.FindFirst(ConnectorClient.ServiceUrlClaim)?.Value;
        if (fromBotFramework)
        {
            return serviceUrl is null
                ? Refuse("The token has no serviceurl claim.")
                : (identity, new ChannelToken(ChannelTokenKind.BotFramework, serviceUrl, snapshot.EndorsementsOf(unvalidated.Kid)), null);
        }

        return Entra(identity, issuer!, serviceUrl);
    }

    // An Entra token carries its caller in appid (v1) or azp (v2). The Emulator asks with the bot's own
    // credentials, so its caller is the bot; any other caller is a channel and must vouch for a serviceUrl.
    private (ClaimsIdentity?, ChannelToken?, string?) Entra(ClaimsIdentity identity, string issuer, string? serviceUrl)
    {
        var version = identity.FindFirst("ver")?.Value;
        var callerClaim = version switch
        {
            null or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (callerClaim is null)
        {
            return Refuse("The token's ver claim is neither 1.0 nor 2.0.");
        }

        var tenant = identity.FindFirst("tid")?.Value;
        if (tenant is null || !issuer.Contains(tenant, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse("The token's tid claim does not match its issuer.");
        }

        if (string.Equals(identity.FindFirst(callerClaim)?.Value, _auth.AppId, StringComparison.Ordinal))
        {
            return (identity, new ChannelToken(ChannelTokenKind.Emulator, null, []), null);
        }

        return serviceUrl is null
            ? Refuse("The token has no serviceurl claim.")
            : (identity, new ChannelToken(ChannelTokenKind.EntraChannel, serviceUrl, []), null);
    }

    private TokenValidationParameters Parameters(OpenIdKeySnapshot snapshot, IEnumerable<string> issuers) => new()
    {
        AuthenticationType = ChannelAuthenticationDefaults.Scheme,
        ValidIssuers = issuers,
        ValidAudience = _auth.AppId,
        IssuerSigningKeys = snapshot.Keys,
        ValidAlgorithms = Algorithms,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
    };

    private static string Reason(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidAudienceException => "The token is not for this bot's MicrosoftAppId.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with a key the issuer does not publish.",
        SecurityTokenInvalidSignatureException => "The token's signature does not verify.",
        SecurityTokenInvalidAlgorithmException => "The token is not signed with RS256.",
        SecurityTokenMalformedException => "The bearer token is not a JWT.",
        _ => "The token is not valid.",
    };

    private static (ClaimsIdentity?, ChannelToken?, string?) Refuse(string reason) => (null, null, reason);

    private static HashSet<string> EntraIssuers(ChannelAuthOptions auth)
    {
        var tenants = auth.TenantId is { } own ? BotFrameworkEndpoints.BotServiceTenants.Append(own) : BotFrameworkEndpoints.BotServiceTenants;
        return [.. tenants.SelectMany(BotFrameworkEndpoints.EntraIssuers)];
    }
}
