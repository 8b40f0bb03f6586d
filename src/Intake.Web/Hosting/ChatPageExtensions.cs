using System.Text;
using Intake.Dialogs;
using Intake.DirectLine;
using Microsoft.Extensions.Options;

namespace Intake.Web.Hosting;

/// <summary>
/// The clinic's chat page at <c>/</c> (<c>wwwroot</c>): served with a Content-Security-Policy that lets it load and
/// connect to this host only (and Azure's Direct Line in Azure mode), no inline script, no framing by other sites than <c>DirectLine:AllowedOrigins</c>.
/// The page itself (<c>/</c>, <c>/index.html</c>) carries the clinic's sites from <c>Intake:Sites</c> (<see cref="ClinicSitesMarkup"/>),
/// rendered once at start-up.
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
            // What a browser loads (GET, HEAD) gets the page's policy; a channel's POST of an activity opens no
            // document, and every turn would pay for four headers it has no use for.
            if (!IsRead(context.Request))
            {
                return next(context);
            }

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
        var template = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("index.html");
        if (template.Exists)
        {
            using var reader = new StreamReader(template.CreateReadStream(), Encoding.UTF8);
            var clinic = app.ApplicationServices.GetRequiredService<IOptions<IntakeOptions>>().Value;
            var page = Encoding.UTF8.GetBytes(ClinicSitesMarkup.Render(reader.ReadToEnd(), clinic));
            app.Use((context, next) =>
            {
                var request = context.Request;
                if (!IsRead(request) || request.Path.Value is not ("/" or "/index.html"))
                {
                    return next(context);
                }

                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength = page.Length;
                return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(page).AsTask();
            });
        }

        app.UseDefaultFiles();
        return app.UseStaticFiles();
    }

    // What a browser loads a document with.
    private static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
}
