using System.Text.Json;
using Intake.Bots.State;
using Intake.Bots.Turns;
using Intake.Schema;
using Microsoft.Extensions.Logging;

namespace Intake.Bots.Middleware;

/// <summary>
/// Applies each activity once: a channel's retry of an activity the conversation already processed
/// (same channel, conversation and activity id, whatever the delivery mode, on any host, after a restart)
/// does not run the turn again. The ids are kept in the conversation's state, so they are saved in the
/// same compare-and-set as the turn. A retry gets the same answer where the first turn gave one in its
/// response (expectReplies replies, an invoke response): that answer is written beside the state before
/// the state is saved (a rerun overwrites it; a turn that never commits leaves an answer no id points to).
/// A conversation the patient asked to forget keeps only the ids.
/// </summary>
internal sealed class ExactlyOnceMiddleware(IStorage storage, ILogger<ExactlyOnceMiddleware> logger) : ITurnMiddleware
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
        var answerKey = ReplayableAnswer.KeyFor(state.Key);
        var processed = state.Get(ProcessedActivities.Key) ?? new ProcessedActivities();
        var answersInResponse = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        if (processed.Contains(activity.Id))
        {
            var kept = await storage.ReadAsync(answerKey, cancellationToken) is { } item
                ? JsonSerializer.Deserialize(item.Value.Span, TurnsJsonContext.Default.ReplayableAnswer)
                : null;
            kept = kept?.ActivityId == activity.Id ? kept : null;

            // Lost replies are delivered only while the activity is the conversation's latest: once the
            // patient has moved on, the old question would arrive after the new one.
            var undelivered = !answersInResponse && string.Equals(processed.Ids[^1], activity.Id, StringComparison.Ordinal)
                ? kept?.Undelivered
                : null;
            turn.Replay(kept, undelivered);
            if (undelivered is { Count: > 0 })
            {
                turn.OnFlushed = (unsent, ct) => KeepUndeliveredAsync(answerKey, kept! with { Undelivered = unsent.Count == 0 ? null : [.. unsent] }, ct);
            }

            Log.Duplicate(logger, activity.Conversation?.Id, activity.Id);
            return;
        }

        await next(turn, cancellationToken);

        state.Set(ProcessedActivities.Key, processed.With(activity.Id));
        if (state.WasCleared)
        {
            await storage.DeleteAsync(answerKey, cancellationToken);
            return;
        }

        var answer = new ReplayableAnswer
        {
            ActivityId = activity.Id,
            Replies = answersInResponse ? turn.Outbox : null,
            InvokeResponse = turn.InvokeResponse,
        };
        if ((answersInResponse && turn.Responded) || turn.InvokeResponse is not null)
        {
            await storage.WriteAsync(answerKey, JsonSerializer.SerializeToUtf8Bytes(answer, TurnsJsonContext.Default.ReplayableAnswer), ETags.Any, cancellationToken);
        }

        if (!answersInResponse)
        {
            // The state is saved before the replies go out, so a connector that refuses them cannot undo
            // the turn. Rather than not committing (and running the turn, with its after-commit effects,
            // again on the retry), the replies the connector did not take are kept with the turn's answer,
            // and the channel's retry of the activity delivers exactly those.
            turn.OnFlushed = (unsent, ct) => unsent.Count == 0
                ? Task.CompletedTask
                : KeepUndeliveredAsync(answerKey, answer with { Undelivered = [.. unsent] }, ct);
        }
    }

    private async Task KeepUndeliveredAsync(string answerKey, ReplayableAnswer answer, CancellationToken cancellationToken)
        => await storage.WriteAsync(answerKey, JsonSerializer.SerializeToUtf8Bytes(answer, TurnsJsonContext.Default.ReplayableAnswer), ETags.Any, cancellationToken);
}
