namespace Intake.Bots.Delivery;

/// <summary>Gets a new token for the Bot Connector from the identity provider (client credentials or a managed identity).</summary>
internal interface IChannelTokenSource
{
    /// <summary>Asks the identity provider for a fresh token; the caller caches it.</summary>
    Task<ChannelAccessToken> AcquireAsync(CancellationToken cancellationToken);
}
