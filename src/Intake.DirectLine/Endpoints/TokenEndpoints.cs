using Intake.DirectLine.Conversations;
using Intake.DirectLine.Tokens;
using Intake.DirectLine.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intake.DirectLine.Endpoints;

/// <summary><c>POST /tokens/generate</c> (with the secret: a new conversation's token) and <c>POST /tokens/refresh</c> (a token: the same, for longer).</summary>
internal static class TokenEndpoints
{
    public static async Task<IResult> GenerateAsync(HttpContext http, TokenIssuer issuer, ConversationRegistry registry, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(TokenEndpoints).FullName!);
        var (caller, problem) = DirectLineCaller.FromHeader(http.Request, issuer);
        if (caller is { Kind: not TokenCheck.Secret })
        {
            problem = new DirectLineProblem(StatusCodes.Status403Forbidden, "Forbidden", "Secret required", "Generating a token takes the Direct Line secret, not a token (refresh a token with POST /tokens/refresh).");
        }

        if (problem is not null)
        {
            return problem.ToResult(http, logger);
        }

        if (!registry.TryStart(ClientAddress(http), out var retryAfter))
        {
            return DirectLineProblem.TooMany(retryAfter, "Too many new conversations from this client: wait and try again.").ToResult(http, logger);
        }

        var (body, bad) = await StartBody.ReadAsync(http.Request, http.RequestAborted);
        if (bad is not null)
        {
            return bad.ToResult(http, logger);
        }

        var conversationId = TokenIssuer.NewConversationId();
        var token = issuer.Issue(conversationId, TokenIssuer.NewUserId(), body?.Locale);
        return TypedResults.Json(new ConversationResponse(conversationId, token, issuer.LifetimeSeconds), DirectLineJsonContext.Default.ConversationResponse);
    }

    public static IResult Refresh(HttpContext http, TokenIssuer issuer, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(TokenEndpoints).FullName!);
        var (caller, problem) = DirectLineCaller.FromHeader(http.Request, issuer);
        if (caller is { Kind: TokenCheck.Secret })
        {
            problem = DirectLineProblem.BadArgument("A secret does not expire: refresh a token, not the secret.");
        }

        if (problem is not null)
        {
            return problem.ToResult(http, logger);
        }

        var old = caller!.Token!;
        var token = issuer.Issue(old.ConversationId, old.UserId, old.Locale);
        return TypedResults.Json(new ConversationResponse(old.ConversationId, token, issuer.LifetimeSeconds), DirectLineJsonContext.Default.ConversationResponse);
    }

    /// <summary>The client's address, the key of its start budget.</summary>
    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
