using System.Security.Claims;
using System.Text.Encodings.Web;
using Intake.Bots.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Intake.Bots.AspNetCore.Authentication;

/// <summary>
/// Authenticates the channel behind a request. With no App ID (the Emulator on a developer's machine) a
/// request without <c>Authorization</c> has no result and is let through as anonymous (the start-up check
/// allows that in Development only); a header that is present cannot be checked against an identity the bot
/// does not have, so it fails (protocol §3.3). With an App ID every request needs a valid bearer token
/// (<see cref="ChannelTokenValidator"/>); what the token vouches for is kept on the request as a
/// <see cref="ChannelToken"/> for the endpoint to hold against the activity.
/// </summary>
/// <remarks>
/// The base class's own log lines are silenced: the endpoint writes the one line a refusal gets.
/// </remarks>
internal sealed class ChannelAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    IOptions<ChannelAuthOptions> channelAuth,
    ChannelTokenValidator validator,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, NullLoggerFactory.Instance, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var headers = Request.Headers.Authorization;
        if (!channelAuth.Value.HasAppId)
        {
            return headers.Count > 0
                ? AuthenticateResult.Fail("This bot has no MicrosoftAppId, so it cannot validate the Authorization header: send the request without one (in the Emulator, leave App ID and password empty).")
                : AuthenticateResult.NoResult();
        }

        if (headers.Count == 0)
        {
            return AuthenticateResult.Fail("This bot has a MicrosoftAppId: a request needs an Authorization: Bearer token from the channel.");
        }

        var header = headers.Count == 1 ? headers[0] ?? string.Empty : string.Empty;
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            return AuthenticateResult.Fail("The Authorization header must be one 'Bearer' token.");
        }

        var (identity, token, failure) = await validator.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (failure is not null)
        {
            return AuthenticateResult.Fail(failure);
        }

        Context.Features.Set(token);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity!), Scheme.Name));
    }
}
