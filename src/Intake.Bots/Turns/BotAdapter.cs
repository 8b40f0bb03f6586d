using System.Diagnostics;
using System.Text.Json;
using Intake.Bots.Delivery;
using Intake.Bots.State;
using Intake.Schema;
using Microsoft.Extensions.Logging;

namespace Intake.Bots.Turns;

/// <summary>
/// The one entry of a turn, whichever edge received the activity: chooses where the replies go from the
/// delivery mode, takes the conversation's lock, runs the pipeline (which saves the state and recognises
/// retries), reruns the whole turn when another writer changed the state first, then runs the turn's
/// after-commit work and delivers its replies.
/// </summary>
public sealed class BotAdapter(TurnHandler pipeline, ConversationLocks locks, ConnectorClient connector, TimeProvider time, ILogger<BotAdapter> logger)
{
    /// <summary>How many times a turn is run when its state write keeps conflicting.</summary>
    public const int MaxAttempts = 3;

    /// <summary>
    /// Processes one activity. Replies go into the outcome for <c>expectReplies</c>, to the caller's own sink
    /// when it has one (embedded Direct Line), else to the channel's connector at the activity's <c>serviceUrl</c>.
    /// </summary>
    public async Task<TurnOutcome> ProcessAsync(Activity activity, TurnCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(caller);
        var answersInResponse = !activity.IsType(ActivityTypes.Invoke)
            && string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        var buffer = answersInResponse ? new ExpectRepliesSink() : null;
        IReplySink sink = buffer ?? caller.Replies ?? new ConnectorReplySink(connector, caller.Identity);
        var conversationId = activity.Conversation?.Id;
        var started = Stopwatch.GetTimestamp();
        using var held = await locks.AcquireAsync($"{activity.ChannelId}\n{conversationId}", cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var turn = new TurnContext(activity, sink, caller, time);
            try
            {
                await pipeline(turn, cancellationToken);
            }
            catch (ETagConflictException)
            {
                Log.TurnConflict(logger, conversationId, attempt);
                if (attempt < MaxAttempts)
                {
                    continue;
                }

                return new TurnOutcome(TurnStatus.Busy);
            }

            await RunCommitEffectsAsync(turn, cancellationToken);
            ConnectorException? refused = null;
            try
            {
                await turn.FlushAsync(cancellationToken);
            }
            catch (ConnectorException ex)
            {
                refused = ex;
            }

            if (buffer is not null)
            {
                // Written once here, as the caller's answer and, for a retry, as what is kept of it.
                turn.AnswerBody ??= JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies([.. buffer.Activities]), SchemaJsonContext.Default.ExpectedReplies);
            }

            await RunFlushedAsync(turn, cancellationToken);
            if (refused is not null)
            {
                // The state was saved: the turn happened, a retry of the activity will be recognised, and
                // it delivers the replies kept for it (ExactlyOnceMiddleware).
                return new TurnOutcome(TurnStatus.RepliesNotDelivered) { ConnectorStatus = refused.StatusCode };
            }

            Log.TurnEnded(logger, conversationId, activity.Type, Stopwatch.GetElapsedTime(started).TotalMilliseconds, attempt);
            return new TurnOutcome(turn.Replayed ? TurnStatus.Replayed : TurnStatus.Completed)
            {
                Replies = buffer?.Activities,
                Body = buffer is null ? null : turn.AnswerBody,
                InvokeResponse = turn.InvokeResponse,
            };
        }
    }

    // What the turn keeps of its delivery (the replies not taken) is written after it; a store that fails
    // then loses only those replies, like a crash would, and the turn's answer stands.
    private async Task RunFlushedAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.OnFlushed is not { } onFlushed)
        {
            return;
        }

        try
        {
            await onFlushed(turn.Outbox, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.CommitEffectFailed(logger, turn.Activity.Conversation?.Id, ex.GetType().Name);
        }
    }

    // The state is saved: the turn happened, so each effect runs once. One that fails is logged by id and
    // does not undo the turn (a retry of the activity is recognised and does not run it again).
    private async Task RunCommitEffectsAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var effect in turn.CommitEffects)
        {
            try
            {
                await effect(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.CommitEffectFailed(logger, turn.Activity.Conversation?.Id, ex.GetType().Name);
            }
        }
    }
}
