using Intake.Bots.Turns;
using Intake.Schema;
using Microsoft.Extensions.Logging;

namespace Intake.Bots.Middleware;

/// <summary>
/// Applies each activity once: a channel's retry of an activity the conversation already processed
/// (same channel, conversation and activity id, whatever the delivery mode, on any host, after a restart)
/// does not run the turn again. The ids are kept in the conversation's state, so they are saved in the
/// same compare-and-set as the turn: it happened, id included, or it did not. The retry gets the same
/// answer where this host still holds it (<see cref="RecentAnswers"/>). A conversation the patient asked to
/// forget keeps only the ids.
/// </summary>
internal sealed class ExactlyOnceMiddleware(RecentAnswers answers, ILogger<ExactlyOnceMiddleware> logger) : ITurnMiddleware
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
            turn.Replay(answers.Find(state.Key, activity.Id));
            Log.Duplicate(logger, activity.Conversation?.Id, activity.Id);
            return;
        }

        await next(turn, cancellationToken);

        // A turn that said nothing and queued no work (a typing indicator, an event the bot ignores) is as
        // silent when run again: recording it would only cost a state write.
        if (!turn.Responded && turn.CommitEffects.Count == 0 && turn.InvokeResponse is null)
        {
            return;
        }

        state.Set(ProcessedActivities.Key, processed.With(activity.Id));
        var answersInResponse = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        if (state.WasCleared)
        {
            answers.Forget(state.Key);
        }
        else if ((answersInResponse && turn.Responded) || turn.InvokeResponse is not null)
        {
            // Kept now, before the state is saved: if the save conflicts, the rerun keeps its own answer instead.
            answers.Keep(state.Key, new ReplayableAnswer(activity.Id, answersInResponse ? [.. turn.Outbox] : null, turn.InvokeResponse));
        }
    }
}
