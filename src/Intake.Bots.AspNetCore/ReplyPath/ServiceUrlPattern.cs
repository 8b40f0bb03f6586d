namespace Intake.Bots.AspNetCore.ReplyPath;

/// <summary>
/// One place replies may go: a scheme, a host (<c>*.example.org</c> for any host below it) and a port.
/// Written <c>https://host[:port]</c> (<c>:*</c> for any port); paths are the channel's business, never the policy's.
/// </summary>
internal readonly record struct ServiceUrlPattern(string Scheme, string Host, int Port)
{
    /// <summary>The port of a pattern written <c>…:*</c>: any port of that host.</summary>
    public const int AnyPort = -1;

    /// <summary>Parses a <c>Bot:ServiceUrls</c> entry; <c>false</c> for anything but an http(s) origin.</summary>
    public static bool TryParse(string? text, out ServiceUrlPattern pattern)
    {
        pattern = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var wildcard = text.Contains("://*.", StringComparison.Ordinal);
        var anyPort = text.EndsWith(":*", StringComparison.Ordinal);
        var parsable = wildcard ? text.Replace("://*.", "://wildcard.", StringComparison.Ordinal) : text;
        parsable = anyPort ? parsable[..^2] : parsable;
        if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || text.Contains('?', StringComparison.Ordinal) || text.Contains('#', StringComparison.Ordinal)
            || uri.HostNameType != UriHostNameType.Dns && !wildcard && uri.HostNameType is not (UriHostNameType.IPv4 or UriHostNameType.IPv6))
        {
            return false;
        }

        var host = wildcard ? "*" + uri.IdnHost["wildcard".Length..] : uri.IdnHost;
        pattern = new ServiceUrlPattern(uri.Scheme, host, anyPort ? AnyPort : uri.Port);
        return true;
    }

    /// <summary>Whether <paramref name="uri"/> (already canonical) is at this scheme, host and port.</summary>
    public bool Matches(Uri uri)
    {
        if ((Port != AnyPort && uri.Port != Port) || !string.Equals(uri.Scheme, Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        var host = uri.IdnHost;
        return Host.StartsWith('*')
            ? host.EndsWith(Host.AsSpan(1), StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, Host, StringComparison.OrdinalIgnoreCase);
    }
}
