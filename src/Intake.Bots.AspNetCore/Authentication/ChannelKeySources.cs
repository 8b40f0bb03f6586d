using Intake.Bots.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Bots.AspNetCore.Authentication;

/// <summary>
/// The two key sources tokens are checked against, kept apart as the protocol asks: the Bot Framework
/// issuer's (<c>ToBotFromChannelOpenIdMetadataUrl</c>) and Entra's (<c>ToBotFromEmulatorOpenIdMetadataUrl</c>).
/// </summary>
internal sealed class ChannelKeySources(IHttpClientFactory clients, IOptions<ChannelAuthOptions> auth, IOptions<ChannelKeyRefreshOptions> timing, TimeProvider time, ILogger<ChannelKeySources> logger) : IDisposable
{
    /// <summary>The name of the HttpClient the keys are fetched with.</summary>
    public const string HttpClientName = "Intake.ChannelKeys";

    public OpenIdKeySource Channel { get; } = new(auth.Value.ChannelMetadataUrl, clients, timing.Value, time, logger);

    public OpenIdKeySource Emulator { get; } = new(auth.Value.EmulatorMetadataUrl, clients, timing.Value, time, logger);

    public void Dispose()
    {
        Channel.Dispose();
        Emulator.Dispose();
    }
}
