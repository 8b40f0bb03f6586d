using Intake.DirectLine.Conversations;
using Intake.DirectLine.Tokens;
using Intake.DirectLine.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intake.DirectLine.Endpoints;

/// <summary>
/// <c>POST /conversations</c>: start the token's conversation (201, the user's joining announced to the bot, so the
/// welcome is logged before the answer) or resume it (200); with the secret, a new one. <c>GET /conversations/{id}</c>:
/// a fresh <c>streamUrl</c> for a reconnect.
/// </summary>
internal static class ConversationEndpoints
{
    public static async Task<IResult> StartAsync(HttpContext http, TokenIssuer issuer, ConversationRegistry registry, ConversationTurns turns, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(ConversationEndpoints).FullName!);
        var (caller, problem) = DirectLineCaller.FromHeader(http.Request, issuer);
        if (problem is not null)
        {
            return problem.ToResult(http, logger);
        }

        var (body, bad) = await StartBody.ReadAsync(http.Request, http.RequestAborted);
        if (bad is not null)
        {
            return bad.ToResult(http, logger);
        }

        if (caller!.Kind == TokenCheck.Secret && !registry.TryStart(TokenEndpoints.ClientAddress(http), out var retryAfter))
        {
            return DirectLineProblem.TooMany(retryAfter, "Too many new conversations from this client: wait and try again.").ToResult(http, logger);
        }

        var granted = caller.Token ?? new DirectLineToken(TokenIssuer.NewConversationId(), TokenIssuer.NewUserId(), DateTimeOffset.MaxValue, body?.Locale);
        var (conversation, created) = registry.GetOrStart(granted.ConversationId, granted.UserId, body?.Locale ?? granted.Locale);
        if (conversation is null)
        {
            return new DirectLineProblem(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Too many conversations", "This host holds as many conversations as it may: try again shortly.") { RetryAfterSeconds = 60 }
                .ToResult(http, logger);
        }

        if (created)
        {
            await turns.JoinAsync(conversation, body?.User?.Name, http.RequestAborted);
        }

        var token = caller.Kind == TokenCheck.Secret ? issuer.Issue(conversation.Id, conversation.UserId, conversation.Locale) : CurrentToken(http);
        var answer = new ConversationResponse(conversation.Id, token, issuer.LifetimeSeconds, DirectLineUrls.Stream(http.Request, conversation.Id, token, null));
        return created
            ? TypedResults.Json(answer, DirectLineJsonContext.Default.ConversationResponse, statusCode: StatusCodes.Status201Created)
            : TypedResults.Json(answer, DirectLineJsonContext.Default.ConversationResponse);
    }

    public static IResult Reconnect(HttpContext http, string conversationId, TokenIssuer issuer, ConversationRegistry registry, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(ConversationEndpoints).FullName!);
        var (caller, problem) = DirectLineCaller.FromHeader(http.Request, issuer);
        DirectLineConversation? conversation = null;
        if (caller is not null)
        {
            (conversation, problem) = caller.Open(conversationId, registry);
        }

        if (!DirectLineUrls.TryReadWatermark(http.Request, out var watermark))
        {
            problem ??= DirectLineProblem.BadArgument("The 'watermark' is not one this host gave (a number).");
        }

        if (problem is not null)
        {
            return problem.ToResult(http, logger);
        }

        var token = caller!.Kind == TokenCheck.Secret ? issuer.Issue(conversation!.Id, conversation.UserId, conversation.Locale) : CurrentToken(http);
        var answer = new ConversationResponse(conversation!.Id, token, issuer.LifetimeSeconds, DirectLineUrls.Stream(http.Request, conversation.Id, token, watermark));
        return TypedResults.Json(answer, DirectLineJsonContext.Default.ConversationResponse);
    }

    private static string CurrentToken(HttpContext http) => http.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
}
