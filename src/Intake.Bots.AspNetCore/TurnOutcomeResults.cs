using Intake.Bots.Turns;
using Intake.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intake.Bots.AspNetCore;

/// <summary>
/// The HTTP answer to a turn: 200 (replies went to the connector), 200 with <c>{activities}</c>
/// (expectReplies), the invoke response (501 when the bot had none), 502 when the connector refused the
/// replies, 503 when the conversation stayed busy. A retry of a processed activity answers like the first time.
/// </summary>
internal static class TurnOutcomeResults
{
    public static IResult From(Activity activity, TurnOutcome outcome, ILogger logger) => outcome.Status switch
    {
        TurnStatus.Busy => InboundProblem.Reject(logger, new InboundProblem(StatusCodes.Status503ServiceUnavailable, "Conversation busy", "Other writers kept changing this conversation's state; send the activity again.")),
        // The connector client logged the refusal (one line per failure).
        TurnStatus.RepliesNotDelivered => InboundProblem.Answer(new InboundProblem(StatusCodes.Status502BadGateway, "Replies not delivered", outcome.ConnectorStatus is > 0
            ? $"The turn ran, but the channel's connector answered {outcome.ConnectorStatus} to its replies."
            : "The turn ran, but the channel's connector at the activity's serviceUrl could not be reached.")),
        _ when activity.IsType(ActivityTypes.Invoke) => outcome.InvokeResponse is { } invoke
            ? new InvokeResult(invoke)
            : TypedResults.StatusCode(StatusCodes.Status501NotImplemented),
        _ when outcome.Body is { } body => new JsonBodyResult(body),
        _ => TypedResults.Ok(),
    };

    /// <summary>
    /// Writes the turn's answer, already serialized (it is also what a retry gets): status 200, its length, its bytes.
    /// Not <c>TypedResults.Bytes</c>, a file result that works out ranges and validators a turn's answer never has.
    /// </summary>
    private sealed class JsonBodyResult(ReadOnlyMemory<byte> body) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = body.Length;
            return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
        }
    }

    /// <summary>Writes an invoke response: its status and, when present, its JSON body.</summary>
    private sealed class InvokeResult(InvokeResponse response) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = response.Status;
            if (response.Body is { } body)
            {
                httpContext.Response.ContentType = "application/json; charset=utf-8";
                await using var writer = new System.Text.Json.Utf8JsonWriter(httpContext.Response.BodyWriter);
                body.WriteTo(writer);
            }
        }
    }
}
