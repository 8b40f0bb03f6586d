using Intake.Bots.Content;
using Intake.Bots.State;
using Intake.Bots.Turns;
using Intake.Schema;
using Microsoft.Extensions.Logging;

namespace Intake.Bots.Middleware;

/// <summary>
/// The one place a failing turn is caught: the failure is logged by id, whatever the turn had queued is
/// dropped, and the patient is told, in their language, that something went wrong and they can go on.
/// The state is not saved, so the next turn starts from the last good state.
/// </summary>
internal sealed class ErrorBoundaryMiddleware(ContentCatalog content, ILogger<ErrorBoundaryMiddleware> logger) : ITurnMiddleware
{
    /// <summary>The content key of the apology.</summary>
    public const string ErrorTextKey = "turn.error";

    public async Task InvokeAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(turn, cancellationToken);
        }
        catch (Exception ex) when (ex is not ETagConflictException and not OperationCanceledException)
        {
            Log.TurnFailed(logger, turn.Activity.Conversation?.Id, turn.Activity.Id, ex.GetType().Name, ex.StackTrace);
            turn.DiscardReplies();
            if (turn.Activity.IsType(ActivityTypes.Invoke))
            {
                turn.InvokeResponse = new InvokeResponse(500);
                return;
            }

            var language = turn.Language ?? content.LanguageFor(turn.Activity.Locale);
            turn.SendText(content.Text(language, ErrorTextKey), InputHints.AcceptingInput);
        }
    }
}
