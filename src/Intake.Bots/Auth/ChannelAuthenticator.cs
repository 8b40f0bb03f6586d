using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Intake.Bots.Auth;

/// <summary>
/// Decides whether an inbound request may run a turn. With no App ID (the Emulator on a developer's
/// machine) only requests without an <c>Authorization</c> header are accepted: a header that is present
/// cannot be checked against an identity the bot does not have, so it is refused (protocol §3.3).
/// </summary>
public sealed class ChannelAuthenticator(IOptions<ChannelAuthOptions> options)
{
    /// <summary>Returns <c>null</c> when the request may go on, or the reason it may not.</summary>
    public string? Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hasHeader = request.Headers.Authorization.Count > 0;
        if (!options.Value.HasAppId)
        {
            return hasHeader
                ? "This bot has no MicrosoftAppId, so it cannot validate the Authorization header: send the request without one (in the Emulator, leave App ID and password empty)."
                : null;
        }

        // Start-up refuses an App ID until token validation is configured (see ChannelAuthStartupCheck).
        return "Channel token validation is not configured on this host.";
    }
}
