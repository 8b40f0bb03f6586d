using System.Security.Claims;
using Intake.Bots.AspNetCore.Authentication;
using Intake.Bots.AspNetCore.ReplyPath;
using Intake.Bots.Turns;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Bots.AspNetCore;

/// <summary>
/// <c>POST /api/messages</c>, a mapping from HTTP to the adapter and back: authenticate the caller, read
/// the activity (4xx with a reason when it is wrong), check where its replies would go
/// (<see cref="ServiceUrlPolicy"/>), hand it to <see cref="BotAdapter.ProcessAsync"/>,
/// and answer with what the turn's outcome says (<see cref="TurnOutcomeResults"/>).
/// </summary>
internal static class BotMessagesEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, BotAdapter adapter, IOptions<BotHttpOptions> options, ServiceUrlPolicy replyPath, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotMessagesEndpoint).FullName!);
        var auth = await http.AuthenticateAsync(ChannelAuthenticationDefaults.Scheme);
        if (auth.Failure is { } failure)
        {
            return NotAuthenticated(http, logger, failure.Message);
        }

        var (activity, problem) = await InboundActivityReader.ReadAsync(http.Request, options.Value.MaxActivityBytes, http.RequestAborted);
        if (problem is not null)
        {
            return InboundProblem.Reject(logger, problem);
        }

        // What the token vouches for (its channel's endorsement, its serviceurl) is held against the activity.
        if (http.Features.Get<ChannelToken>()?.RefusalFor(activity!) is { } mismatch)
        {
            return NotAuthenticated(http, logger, mismatch);
        }

        if (activity!.ServiceUrl is { Length: > 0 } serviceUrl)
        {
            var (canonical, refusal) = replyPath.Check(serviceUrl);
            if (refusal is not null)
            {
                return InboundProblem.Reject(logger, new InboundProblem(StatusCodes.Status400BadRequest, "Reply path refused", refusal));
            }

            activity = activity with { ServiceUrl = canonical };
        }

        var caller = auth.Principal?.Identity is ClaimsIdentity identity ? new TurnCaller(identity) : TurnCaller.Anonymous;
        var outcome = await adapter.ProcessAsync(activity!, caller, http.RequestAborted);
        return TurnOutcomeResults.From(activity!, outcome, logger);
    }

    // One log line, of our own words: the token itself is never logged.
    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotAuthenticated(HttpContext http, ILogger logger, string reason)
    {
        Log.TokenRefused(logger, reason);
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return InboundProblem.Answer(new InboundProblem(StatusCodes.Status401Unauthorized, "Not authenticated", reason));
    }
}
