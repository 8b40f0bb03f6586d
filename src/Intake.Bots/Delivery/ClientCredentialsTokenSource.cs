using Intake.Bots.Auth;
using Microsoft.Identity.Client;

namespace Intake.Bots.Delivery;

/// <summary>
/// A MultiTenant or SingleTenant bot's token: the client-credentials grant with its secret
/// (<c>MicrosoftAppPassword</c>) at <c>ToChannelFromBotLoginUrl</c>, for <c>ToChannelFromBotOAuthScope/.default</c>.
/// </summary>
internal sealed class ClientCredentialsTokenSource : IChannelTokenSource
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public ClientCredentialsTokenSource(ChannelAuthOptions auth, IMsalHttpClientFactory http)
    {
        ArgumentNullException.ThrowIfNull(auth);
        _app = ConfidentialClientApplicationBuilder.Create(auth.AppId)
            .WithClientSecret(auth.MicrosoftAppPassword)
            // The authority is the operator's setting, not input: no instance discovery round trip to validate it.
            .WithAuthority(auth.LoginUrl, validateAuthority: false)
            .WithHttpClientFactory(http)
            .Build();
        _scopes = [$"{auth.OAuthScope}/.default"];
    }

    public async Task<ChannelAccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        // The cache is ConnectorTokens': when it asks, the token is due, so MSAL's own cache is skipped.
        var result = await _app.AcquireTokenForClient(_scopes).WithForceRefresh(true).ExecuteAsync(cancellationToken);
        return new ChannelAccessToken(result.AccessToken, result.ExpiresOn);
    }
}
