using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Bots.AspNetCore;

/// <summary>Maps the bot's HTTP endpoints.</summary>
public static class BotEndpointExtensions
{
    private const string EndpointName = "BotMessages";

    /// <summary>Whether routing chose <c>POST /api/messages</c> for the request (a channel's activity, not a browser's).</summary>
    public static bool IsBotMessages(this HttpContext context)
        => context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == EndpointName;

    /// <summary>Maps <c>POST /api/messages</c> (Bot Framework activity protocol, all delivery modes).</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
        => endpoints.MapPost(pattern, BotMessagesEndpoint.HandleAsync)
            .WithName(EndpointName)
            .DisableAntiforgery()
            .Produces(StatusCodes.Status200OK);
}
