using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intake.DirectLine.Endpoints;

/// <summary>
/// A refused Direct Line request: the status, Direct Line's error <c>code</c> (<c>TokenExpired</c>, <c>BadArgument</c>, …),
/// a title and a sentence saying what to do; answered as ProblemDetails (with <c>code</c>), logged by status and title.
/// </summary>
internal sealed record DirectLineProblem(int Status, string Code, string Title, string Detail)
{
    /// <summary>Seconds for <c>Retry-After</c> (429, 503).</summary>
    public int? RetryAfterSeconds { get; init; }

    public static DirectLineProblem MissingCredential() => new(StatusCodes.Status401Unauthorized, "Unauthorized", "Not authenticated", "Send 'Authorization: Bearer' with the Direct Line secret or a token this host issued.");

    public static DirectLineProblem Expired() => new(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired", "The token has expired: get a new one (POST /api/directline/token) and start again.");

    public static DirectLineProblem OtherConversation() => new(StatusCodes.Status403Forbidden, "Forbidden", "Wrong conversation", "The token was issued for another conversation.");

    public static DirectLineProblem UnknownConversation() => new(StatusCodes.Status404NotFound, "NotFound", "Unknown conversation", "There is no such conversation on this host (it may have expired): start a new one.");

    public static DirectLineProblem BadArgument(string detail) => new(StatusCodes.Status400BadRequest, "BadArgument", "Bad request", detail);

    public static DirectLineProblem TooMany(int retryAfterSeconds, string detail) => new(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests", detail) { RetryAfterSeconds = retryAfterSeconds };

    public IResult ToResult(HttpContext http, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        Log.Refused(logger, Status, Title);
        if (RetryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return TypedResults.Problem(detail: Detail, statusCode: Status, title: Title, extensions: new Dictionary<string, object?> { ["code"] = Code });
    }
}
