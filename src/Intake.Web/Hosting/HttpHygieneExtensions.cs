using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Intake.Web.Hosting;

/// <summary>
/// What every response and every connection gets, whatever the endpoint: answers that carry health
/// information are never cached nor sniffed, the server does not name itself, and Kestrel's request
/// limits are chosen for a bot's traffic instead of left at the general defaults.
/// </summary>
internal static class HttpHygieneExtensions
{
    /// <summary>The largest body Kestrel reads: above <c>Bot:MaxActivityBytes</c>' ceiling (4 MiB), so the endpoint's own 413 with a reason comes first.</summary>
    public const long MaxRequestBodyBytes = (4 * 1024 * 1024) + (64 * 1024);

    /// <summary>Sets Kestrel's limits: channels send one small JSON activity with a few headers (a bearer token being the largest).</summary>
    public static IWebHostBuilder UseIntakeKestrelLimits(this IWebHostBuilder webHost)
        => webHost.ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            var limits = options.Limits;
            limits.MaxRequestBodySize = MaxRequestBodyBytes;
            limits.MaxRequestHeaderCount = 64;
            limits.MaxRequestHeadersTotalSize = 32 * 1024;
            limits.MaxRequestLineSize = 8 * 1024;
            limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            limits.KeepAliveTimeout = TimeSpan.FromSeconds(120);

            // HTTP/1.1 carries one request at a time per connection; HTTP/2 would allow 100 streams.
            limits.Http2.MaxStreamsPerConnection = 32;
            limits.Http2.MaxRequestHeaderFieldSize = 16 * 1024;
        });

    /// <summary><c>Cache-Control: no-store</c> and <c>X-Content-Type-Options: nosniff</c> on every response, errors included.</summary>
    public static IApplicationBuilder UseResponseHygiene(this IApplicationBuilder app)
        => app.Use(static (context, next) =>
        {
            // At the start of the response, so a handler that clears the headers (the exception handler) cannot drop them.
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.CacheControl = "no-store";
                headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
}
