namespace Intake.Bots.Delivery;

/// <summary>A bearer token for the Bot Connector and when it stops being valid.</summary>
internal sealed record ChannelAccessToken(string Value, DateTimeOffset ExpiresOn);
