using Intake.DirectLine;
using Microsoft.Extensions.Options;

namespace Intake.Web.Hosting;

/// <summary>
/// The clinic's chat page at <c>/</c> (<c>wwwroot</c>): served with a Content-Security-Policy that lets it load and
/// connect to this host only (and Azure's Direct Line in Azure mode), no inline script, no framing by other sites than <c>DirectLine:AllowedOrigins</c>.
/// </summary>
internal static class ChatPageExtensions
{
    public static IApplicationBuilder UseIntakeChatPage(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var connect = "'self'";
        if (options.Mode == DirectLineMode.Azure)
        {
            var azure = options.AzureEndpoint;
            var socket = azure.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
            connect += $" {azure.GetLeftPart(UriPartial.Authority)} {socket}://{azure.Authority}";
        }

        // Web Chat and Adaptive Cards set style attributes and inject their own style sheets: styles may be inline, scripts never.
        var policy = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            $"connect-src {connect}",
            "media-src 'none'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            $"frame-ancestors {string.Join(' ', ["'self'", .. options.AllowedOrigins])}");
        var framedElsewhere = options.AllowedOrigins.Count > 0;
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (!framedElsewhere)
            {
                // Older browsers know only this header; frame-ancestors above says the same (and more, when sites are allowed).
                headers.XFrameOptions = "SAMEORIGIN";
            }

            return next(context);
        });
        app.UseDefaultFiles();
        return app.UseStaticFiles();
    }
}
