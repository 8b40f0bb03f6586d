using Intake.Bots.AspNetCore;
using Intake.Bots.Turns;
using Intake.DirectLine.Conversations;
using Intake.DirectLine.Tokens;
using Intake.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.DirectLine.Endpoints;

/// <summary>
/// <c>GET …/activities?watermark=</c> (polling: the activity set after the watermark), <c>POST …/activities</c> (one
/// activity: logged as its echo, its turn run, answered <c>{id}</c>) and <c>POST …/upload</c> (refused: text only).
/// </summary>
internal static class ActivityEndpoints
{
    public static IResult Get(HttpContext http, string conversationId, TokenIssuer issuer, ConversationRegistry registry, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(ActivityEndpoints).FullName!);
        var (conversation, problem) = Open(http, conversationId, issuer, registry);
        long? watermark = null;
        if (problem is null && !DirectLineUrls.TryReadWatermark(http.Request, out watermark))
        {
            problem = DirectLineProblem.BadArgument("The 'watermark' is not one this host gave (a number).");
        }

        if (problem is not null)
        {
            return problem.ToResult(http, logger);
        }

        return TypedResults.Bytes(conversation!.ReadAfter(watermark).Json, "application/json; charset=utf-8");
    }

    public static async Task<IResult> PostAsync(HttpContext http, string conversationId, TokenIssuer issuer, ConversationRegistry registry, ConversationTurns turns, IOptions<DirectLineOptions> options, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(ActivityEndpoints).FullName!);
        var (conversation, problem) = Open(http, conversationId, issuer, registry);
        if (problem is not null)
        {
            return problem.ToResult(http, logger);
        }

        if (!conversation!.Posts.TryTake(out var retryAfter))
        {
            return DirectLineProblem.TooMany(retryAfter, "This conversation is sending faster than a person types: wait and send again.").ToResult(http, logger);
        }

        var (activity, unreadable) = await InboundActivityReader.ReadWellFormedAsync(http.Request, options.Value.MaxActivityBytes, http.RequestAborted);
        if (unreadable is not null)
        {
            return new DirectLineProblem(unreadable.Status, "BadArgument", unreadable.Title, unreadable.Detail).ToResult(http, logger);
        }

        if (activity!.Attachments is { Count: > 0 })
        {
            return Upload(http, conversationId, issuer, registry, loggers);
        }

        var (id, status) = await turns.PostAsync(conversation, activity, http.RequestAborted);
        if (status is TurnStatus.Busy or TurnStatus.RepliesNotDelivered)
        {
            // The activity is logged (the user sees it sent); the bot did not answer it.
            Log.TurnNotCompleted(logger, status.ToString());
            return new DirectLineProblem(StatusCodes.Status502BadGateway, "BotError", "The bot did not answer", "The message was received but the bot could not answer it: send it again.").ToResult(http, logger);
        }

        return TypedResults.Json(new ResourceResponse(id), SchemaJsonContext.Default.ResourceResponse);
    }

    public static IResult Upload(HttpContext http, string conversationId, TokenIssuer issuer, ConversationRegistry registry, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(ActivityEndpoints).FullName!);
        var (_, problem) = Open(http, conversationId, issuer, registry);
        problem ??= new DirectLineProblem(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "Attachments are not accepted", "This intake takes text and button answers only: describe it in words instead of sending a file or picture.");
        return problem.ToResult(http, logger);
    }

    private static (DirectLineConversation?, DirectLineProblem?) Open(HttpContext http, string conversationId, TokenIssuer issuer, ConversationRegistry registry)
    {
        var (caller, problem) = DirectLineCaller.FromHeader(http.Request, issuer);
        return problem is null ? caller!.Open(conversationId, registry) : (null, problem);
    }
}
