using Intake.Bots.Turns;
using Intake.Schema;
using Microsoft.Extensions.Logging;

namespace Intake.Bots.Middleware;

/// <summary>
/// Applies each activity once: a channel's retry of an activity the conversation already processed
/// (same channel, conversation and activity id, whatever the delivery mode, on any host, after a restart)
/// does not run the turn again. The ids are kept in the conversation's state, so they are saved in the
/// same compare-and-set as the turn: it happened, id included, or it did not. The retry gets the same
/// answer where this host still holds it (<see cref="RecentAnswers"/>), and a normal-delivery retry gets the
/// replies its connector refused the first time. A conversation the patient asked to forget keeps only the ids.
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
        var answersInResponse = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        if (processed.Contains(activity.Id))
        {
            var kept = answers.Find(state.Key, activity.Id);

            // Lost replies are delivered only while the activity is the conversation's latest: once the
            // patient has moved on, the old question would arrive after the new one.
            var undelivered = !answersInResponse && processed.IsLatest(activity.Id) ? kept?.Undelivered : null;
            turn.Replay(kept, undelivered);
            if (undelivered is { Count: > 0 })
            {
                turn.OnFlushed = (unsent, _) => Keep(state.Key, kept! with { Undelivered = unsent.Count == 0 ? null : [.. unsent] });
            }

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
        if (state.WasCleared)
        {
            answers.Forget(state.Key);
            return;
        }

        // The answer is kept once it is written (after the flush: a rerun after a conflict never gets there).
        var answer = new ReplayableAnswer(activity.Id, null, turn.InvokeResponse);
        if (answersInResponse)
        {
            turn.OnFlushed = (_, _) => Keep(state.Key, answer with { Body = turn.AnswerBody });
        }
        else if (turn.InvokeResponse is not null)
        {
            answers.Keep(state.Key, answer);
        }

        if (!answersInResponse)
        {
            // The state is saved before the replies go out, so a connector that refuses them cannot undo
            // the turn. Rather than not committing (and running the turn, with its after-commit effects,
            // again on the retry), the replies the connector did not take are kept with the turn's answer,
            // and the channel's retry of the activity delivers exactly those.
            turn.OnFlushed = (unsent, _) => unsent.Count == 0 ? Task.CompletedTask : Keep(state.Key, answer with { Undelivered = [.. unsent] });
        }
    }

    private Task Keep(string conversationKey, ReplayableAnswer answer)
    {
        answers.Keep(conversationKey, answer);
        return Task.CompletedTask;
    }
}
