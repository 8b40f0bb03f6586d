using Intake.Bots.Turns;
using Intake.Schema;
using Microsoft.Extensions.Logging;

namespace Intake.Bots.Middleware;

/// <summary>
/// Applies each activity once: a channel's retry of an activity the conversation already processed
/// (same channel, conversation and activity id, whatever the delivery mode, on any host, after a restart)
/// does not run the turn again; it gets the same answer where one was kept (expectReplies replies, an
/// invoke response). Runs inside the state middleware, so the id is saved with the turn's state; the ids
/// are all that is left of a conversation the patient asked to forget.
/// </summary>
internal sealed class ExactlyOnceMiddleware(ILogger<ExactlyOnceMiddleware> logger) : ITurnMiddleware
{
    public async Task InvokeAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turn.Activity;
        if (string.IsNullOrEmpty(activity.Id))
        {
            await next(turn, cancellationToken);
            return;
        }

        var state = turn.State.Conversation;
        var processed = state.Get(ProcessedActivities.Key) ?? new ProcessedActivities();
        if (processed.Contains(activity.Id))
        {
            var kept = state.Get(ReplayableAnswer.Key);
            turn.Replay(kept?.ActivityId == activity.Id ? kept : null);
            Log.Duplicate(logger, activity.Conversation?.Id, activity.Id);
            return;
        }

        await next(turn, cancellationToken);

        state.Set(ProcessedActivities.Key, processed.With(activity.Id));
        var answersInResponse = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        // A turn that forgot the conversation keeps nothing of it but the id, not even its answer.
        if (!state.WasCleared && ((answersInResponse && turn.Responded) || turn.InvokeResponse is not null))
        {
            state.Set(ReplayableAnswer.Key, new ReplayableAnswer
            {
                ActivityId = activity.Id,
                Replies = answersInResponse ? [.. turn.Outbox.Select(ReplayableAnswer.WithoutAddress)] : null,
                InvokeResponse = turn.InvokeResponse,
            });
        }
        else
        {
            state.Remove(ReplayableAnswer.Key);
        }
    }
}
