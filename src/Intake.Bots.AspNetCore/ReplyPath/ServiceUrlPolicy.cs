using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intake.Bots.AspNetCore.ReplyPath;

/// <summary>
/// Where a turn's replies may go (<c>Bot:ServiceUrls</c>): the Bot Framework's connector hosts, the hosts
/// configured for Direct Line or other clouds, and in Development loopback too (the Emulator's
/// <c>http://localhost:PORT</c>). The activity's <c>serviceUrl</c> is parsed once, here, into the one
/// canonical URL the connector will call; anything else is refused before a turn runs.
/// </summary>
internal sealed class ServiceUrlPolicy
{
    /// <summary>The public cloud's connectors: Teams (<c>smba.trafficmanager.net/{region}/</c>) and Direct Line / Web Chat (<c>*.botframework.com</c>).</summary>
    public static readonly IReadOnlyList<string> BotFrameworkHosts = ["https://smba.trafficmanager.net", "https://*.botframework.com"];

    private readonly ServiceUrlPattern[] _allowed;
    private readonly bool _loopback;

    public ServiceUrlPolicy(IOptions<BotHttpOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _allowed = [.. BotFrameworkHosts.Concat(options.Value.ServiceUrls).Select(Parse)];
        _loopback = environment.IsDevelopment();
    }

    /// <summary>
    /// The canonical form of <paramref name="serviceUrl"/> (normalised host, explicit port only when not the
    /// scheme's default, no user info, query or fragment), or the sentence saying why replies may not go there.
    /// </summary>
    public (string? Canonical, string? Refusal) Check(string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return (null, "The activity's 'serviceUrl' is not an absolute http(s) URL.");
        }

        if (uri.UserInfo.Length > 0 || serviceUrl.Contains('?', StringComparison.Ordinal) || serviceUrl.Contains('#', StringComparison.Ordinal))
        {
            return (null, "The activity's 'serviceUrl' has user info, a query or a fragment; send the connector's base URL only.");
        }

        if (uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6) || uri.Port is <= 0 or > 65535)
        {
            return (null, "The activity's 'serviceUrl' has no usable host and port.");
        }

        if (!(_loopback && uri.IsLoopback) && !IsAllowed(uri))
        {
            return (null, "Replies may not go to the activity's 'serviceUrl': its host is not a Bot Framework connector nor listed in Bot:ServiceUrls.");
        }

        return (uri.GetLeftPart(UriPartial.Path), null);
    }

    private bool IsAllowed(Uri uri)
    {
        foreach (var pattern in _allowed)
        {
            if (pattern.Matches(uri))
            {
                return true;
            }
        }

        return false;
    }

    private static ServiceUrlPattern Parse(string entry)
        => ServiceUrlPattern.TryParse(entry, out var pattern)
            ? pattern
            : throw new OptionsValidationException(BotHttpOptions.Section, typeof(BotHttpOptions), [$"Bot:ServiceUrls has '{entry}', which is not an http(s) origin such as https://bridge.example.org or https://*.botframework.us."]);
}
