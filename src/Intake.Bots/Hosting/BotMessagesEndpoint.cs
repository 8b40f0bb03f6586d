using Intake.Bots.Auth;
using Intake.Bots.Delivery;
using Intake.Bots.State;
using Intake.Bots.Turns;
using Intake.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Bots.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: read the activity, authenticate the caller, run the turn, and answer as the
/// delivery mode asks: 200 (replies went to the connector), 200 with <c>{activities}</c> (expectReplies),
/// or the invoke response (501 when the bot had none).
/// </summary>
internal static class BotMessagesEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http,
        BotAdapter adapter,
        ChannelAuthenticator authenticator,
        ConnectorClient connector,
        DuplicateFilter duplicates,
        IOptions<BotOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotMessagesEndpoint).FullName!);
        var cancellationToken = http.RequestAborted;
        if (authenticator.Check(http.Request) is { } authProblem)
        {
            return Reject(logger, new InboundProblem(StatusCodes.Status401Unauthorized, "Not authenticated", authProblem));
        }

        var (activity, problem) = await InboundActivityReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (problem is not null)
        {
            return Reject(logger, problem);
        }

        var isInvoke = activity!.IsType(ActivityTypes.Invoke);
        var expectReplies = !isInvoke && string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        IReplySink sink = expectReplies ? new ExpectRepliesSink() : new ConnectorReplySink(connector);

        // A channel retrying a POST it thinks timed out must not run the turn twice; its replies went out already.
        var deduplicate = !expectReplies && !isInvoke;
        string? duplicateKey = null;
        if (deduplicate && !duplicates.TryAccept(activity.ChannelId, activity.Conversation?.Id, activity.Id, out duplicateKey))
        {
            Log.Duplicate(logger, activity.Conversation?.Id, activity.Id);
            return TypedResults.Ok();
        }

        TurnResult result;
        try
        {
            result = await adapter.ProcessAsync(activity, sink, cancellationToken);
        }
        catch (ETagConflictException)
        {
            ForgetOnFailure(duplicates, duplicateKey);
            return Reject(logger, new InboundProblem(StatusCodes.Status503ServiceUnavailable, "Conversation busy", "Other writers kept changing this conversation's state; send the activity again."));
        }
        catch (ConnectorException ex)
        {
            // The state was saved before the flush: the turn happened. A retry of the same activity must
            // not run it again on the advanced state (the answer would land on the next question), so
            // the activity stays remembered; the patient's next message is answered as usual.
            return Reject(logger, new InboundProblem(StatusCodes.Status502BadGateway, "Replies not delivered", $"The turn ran, but the channel's connector answered {ex.StatusCode} to its replies."));
        }

        if (isInvoke)
        {
            return result.InvokeResponse is { } invoke
                ? new InvokeResult(invoke)
                : TypedResults.StatusCode(StatusCodes.Status501NotImplemented);
        }

        return expectReplies
            ? TypedResults.Json(new ExpectedReplies([.. ((ExpectRepliesSink)sink).Activities]), SchemaJsonContext.Default.ExpectedReplies)
            : TypedResults.Ok();
    }

    private static void ForgetOnFailure(DuplicateFilter duplicates, string? key)
    {
        if (key is not null)
        {
            duplicates.Forget(key);
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Reject(ILogger logger, InboundProblem problem)
    {
        Log.Rejected(logger, problem.Status, problem.Title);
        return TypedResults.Problem(detail: problem.Detail, statusCode: problem.Status, title: problem.Title);
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
