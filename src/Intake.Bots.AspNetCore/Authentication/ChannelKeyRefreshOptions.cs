namespace Intake.Bots.AspNetCore.Authentication;

/// <summary>How the channel issuers' signing keys are kept fresh (section <c>Bot:ChannelKeys</c>).</summary>
internal sealed class ChannelKeyRefreshOptions
{
    public const string Section = "Bot:ChannelKeys";

    /// <summary>How long fetched metadata and keys are used before they are fetched again (the issuers add keys at any time).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>At most one extra fetch per this interval when a token names a key the cache does not hold (a rollover).</summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long after a failed fetch the next one may be tried (until then every token fails closed with 401).</summary>
    public TimeSpan FailedFetchRetryInterval { get; set; } = TimeSpan.FromSeconds(10);
}
