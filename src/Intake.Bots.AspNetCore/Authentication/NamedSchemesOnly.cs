using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Intake.Bots.AspNetCore.Authentication;

/// <summary>
/// The host's authentication schemes with no default to authenticate with: ASP.NET Core makes a lone scheme the
/// default, and the authentication middleware would then run the channel's on every request (the page, Direct Line,
/// health). Only <c>/api/messages</c> asks for a channel token, by the scheme's name (<c>BotMessagesEndpoint</c>).
/// </summary>
internal sealed class NamedSchemesOnly(IOptions<AuthenticationOptions> options) : AuthenticationSchemeProvider(options)
{
    public override Task<AuthenticationScheme?> GetDefaultAuthenticateSchemeAsync() => Task.FromResult<AuthenticationScheme?>(null);
}
