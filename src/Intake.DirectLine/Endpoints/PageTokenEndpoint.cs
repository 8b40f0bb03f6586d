using Intake.DirectLine.Azure;
using Intake.DirectLine.Conversations;
using Intake.DirectLine.Tokens;
using Intake.DirectLine.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.DirectLine.Endpoints;

/// <summary>
/// <c>POST /api/directline/token</c>, the clinic page's one call of its own: a token for a new conversation and where to
/// use it, from the embedded Direct Line or (Azure mode) from Azure's, with the page's language for the welcome.
/// </summary>
internal static class PageTokenEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, TokenIssuer issuer, ConversationRegistry registry, IOptions<DirectLineOptions> options, AzureTokenClient azureTokens, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(PageTokenEndpoint).FullName!);
        if (!registry.TryStart(TokenEndpoints.ClientAddress(http), out var retryAfter))
        {
            return DirectLineProblem.TooMany(retryAfter, "Too many new conversations from this client: wait and try again.").ToResult(http, logger);
        }

        var (body, bad) = await StartBody.ReadAsync(http.Request, http.RequestAborted);
        if (bad is not null)
        {
            return bad.ToResult(http, logger);
        }

        if (options.Value.Mode == DirectLineMode.Azure)
        {
            var azure = await azureTokens.GenerateAsync(body?.Locale, http.RequestAborted);
            return azure is not null
                ? TypedResults.Json(azure, DirectLineJsonContext.Default.PageTokenResponse)
                : new DirectLineProblem(StatusCodes.Status502BadGateway, "BadGateway", "Direct Line unavailable", "Azure Direct Line did not give a token: check DirectLine:Secret and try again shortly.").ToResult(http, logger);
        }

        var conversationId = TokenIssuer.NewConversationId();
        var token = issuer.Issue(conversationId, TokenIssuer.NewUserId(), body?.Locale);
        return TypedResults.Json(new PageTokenResponse(token, conversationId, issuer.LifetimeSeconds, DirectLineUrls.Domain(http.Request)), DirectLineJsonContext.Default.PageTokenResponse);
    }
}
