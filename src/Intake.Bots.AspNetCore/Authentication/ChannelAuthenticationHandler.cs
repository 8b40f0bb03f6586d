using System.Text.Encodings.Web;
using Intake.Bots.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Bots.AspNetCore.Authentication;

/// <summary>
/// Authenticates the channel behind a request. With no App ID (the Emulator on a developer's machine) a
/// request without <c>Authorization</c> has no result and is let through as anonymous (the start-up check
/// allows that in Development only); a header that is present cannot be checked against an identity the bot
/// does not have, so it fails (protocol §3.3). With an App ID, channel token validation belongs here.
/// </summary>
internal sealed class ChannelAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    IOptions<ChannelAuthOptions> channelAuth,
    ILoggerFactory loggers,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggers, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var hasHeader = Request.Headers.Authorization.Count > 0;
        if (!channelAuth.Value.HasAppId)
        {
            return Task.FromResult(hasHeader
                ? AuthenticateResult.Fail("This bot has no MicrosoftAppId, so it cannot validate the Authorization header: send the request without one (in the Emulator, leave App ID and password empty).")
                : AuthenticateResult.NoResult());
        }

        // Start-up refuses an App ID until token validation is configured (see ChannelAuthStartupCheck).
        return Task.FromResult(AuthenticateResult.Fail("Channel token validation is not configured on this host."));
    }
}
