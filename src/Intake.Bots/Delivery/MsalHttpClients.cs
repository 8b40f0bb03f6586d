using Microsoft.Identity.Client;

namespace Intake.Bots.Delivery;

/// <summary>Gives MSAL the host's HttpClient for the identity provider (named <see cref="HttpClientName"/>), so its handler is configured in one place.</summary>
internal sealed class MsalHttpClients(IHttpClientFactory clients) : IMsalHttpClientFactory
{
    /// <summary>The name of the HttpClient outbound tokens are requested with.</summary>
    public const string HttpClientName = "Intake.ChannelTokens";

    public HttpClient GetHttpClient() => clients.CreateClient(HttpClientName);
}
