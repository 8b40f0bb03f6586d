using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Bots.AspNetCore;

/// <summary>Maps the bot's HTTP endpoints.</summary>
public static class BotEndpointExtensions
{
    /// <summary>Maps <c>POST /api/messages</c> (Bot Framework activity protocol, all delivery modes).</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
        => endpoints.MapPost(pattern, BotMessagesEndpoint.HandleAsync)
            .WithName("BotMessages")
            .DisableAntiforgery()
            .Produces(StatusCodes.Status200OK);
}
