using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;

namespace Intake.Bots.AspNetCore;

/// <summary>Why a request runs no turn, or how it failed: the status, a title and a sentence saying what to do.</summary>
internal sealed record InboundProblem(int Status, string Title, string Detail)
{
    /// <summary>Logs the status and title (never the detail, which may echo input) and answers with ProblemDetails.</summary>
    public static ProblemHttpResult Reject(ILogger logger, InboundProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Log.Rejected(logger, problem.Status, problem.Title);
        return Answer(problem);
    }

    /// <summary>Answers with ProblemDetails without a log line (the failure was logged where it happened).</summary>
    public static ProblemHttpResult Answer(InboundProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return TypedResults.Problem(detail: problem.Detail, statusCode: problem.Status, title: problem.Title);
    }
}
