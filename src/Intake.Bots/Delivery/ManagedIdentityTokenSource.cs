using Intake.Bots.Auth;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace Intake.Bots.Delivery;

/// <summary>
/// A UserAssignedMSI bot's token: the Azure host's managed identity (client id = <c>MicrosoftAppId</c>) asked
/// for the Bot Connector resource (<c>ToChannelFromBotOAuthScope</c>); no secret is stored anywhere.
/// </summary>
internal sealed class ManagedIdentityTokenSource : IChannelTokenSource
{
    private readonly IManagedIdentityApplication _app;
    private readonly string _resource;

    public ManagedIdentityTokenSource(ChannelAuthOptions auth, IMsalHttpClientFactory http)
    {
        ArgumentNullException.ThrowIfNull(auth);
        _app = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(auth.AppId))
            .WithHttpClientFactory(http)
            .Build();
        _resource = auth.OAuthScope;
    }

    public async Task<ChannelAccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForManagedIdentity(_resource).WithForceRefresh(true).ExecuteAsync(cancellationToken);
        return new ChannelAccessToken(result.AccessToken, result.ExpiresOn);
    }
}
