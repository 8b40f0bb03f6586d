using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Intake.DirectLine.Endpoints;

/// <summary>The addresses the embedded Direct Line hands out, on the host the request came to.</summary>
internal static class DirectLineUrls
{
    public const string Root = "/v3/directline";

    /// <summary>The DirectLineJS <c>domain</c>: <c>http(s)://host/v3/directline</c>.</summary>
    public static string Domain(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Root}";

    /// <summary>The conversation's <c>streamUrl</c>, carrying the token (a browser cannot put headers on a WebSocket).</summary>
    public static string Stream(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = string.Equals(request.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws";
        var mark = watermark is { } w ? string.Create(CultureInfo.InvariantCulture, $"&watermark={w}") : string.Empty;
        return $"{scheme}://{request.Host}{request.PathBase}{Root}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}{mark}";
    }

    /// <summary>Reads <c>?watermark=</c>: empty or absent is "from the beginning"; anything but a number is a 400.</summary>
    public static bool TryReadWatermark(HttpRequest request, out long? watermark)
    {
        watermark = null;
        var text = request.Query["watermark"].ToString();
        if (text.Length == 0)
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            watermark = value;
            return true;
        }

        return false;
    }
}
