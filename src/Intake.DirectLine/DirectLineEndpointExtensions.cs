using Intake.DirectLine.Endpoints;
using Intake.DirectLine.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.DirectLine;

/// <summary>Maps the page's token endpoint and, in Embedded mode, Direct Line 3.0 under <c>/v3/directline</c>.</summary>
public static class DirectLineEndpointExtensions
{
    /// <summary>
    /// Maps <c>POST /api/directline/token</c> and, unless <c>DirectLine:Mode</c> is Azure, the embedded Direct Line:
    /// <c>tokens/generate</c>, <c>tokens/refresh</c>, <c>conversations</c>, <c>conversations/{id}</c>, its <c>activities</c>,
    /// <c>upload</c> and <c>stream</c> (WebSockets are enabled for it).
    /// </summary>
    public static IEndpointRouteBuilder MapIntakeDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineEndpointExtensions).FullName!);
        Log.Mode(logger, options.Mode);
        endpoints.MapPost("/api/directline/token", PageTokenEndpoint.HandleAsync).WithName("DirectLinePageToken").DisableAntiforgery().RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        if (options.Mode == DirectLineMode.Azure)
        {
            return endpoints;
        }

        if (endpoints.ServiceProvider.GetRequiredService<TokenIssuer>().SecretWasGenerated)
        {
            Log.SecretGenerated(logger);
        }

        var group = endpoints.MapGroup(DirectLineUrls.Root).DisableAntiforgery().RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        group.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        group.MapPost("/tokens/refresh", TokenEndpoints.Refresh);
        group.MapPost("/conversations", ConversationEndpoints.StartAsync);
        group.MapGet("/conversations/{conversationId}", ConversationEndpoints.Reconnect);
        group.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.Get);
        group.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync);
        group.MapPost("/conversations/{conversationId}/upload", ActivityEndpoints.Upload);
        group.Map("/conversations/{conversationId}/stream", StreamEndpoint.HandleAsync);
        return endpoints;
    }

    /// <summary>Enables WebSockets for the stream and CORS for <c>DirectLine:AllowedOrigins</c> (call before the endpoints run).</summary>
    public static IApplicationBuilder UseIntakeDirectLine(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCors();
        return app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
    }
}
