using System.Diagnostics;
using Intake.Bots.Delivery;
using Intake.Bots.State;
using Intake.Schema;
using Microsoft.Extensions.Logging;

namespace Intake.Bots.Turns;

/// <summary>
/// Runs one inbound activity as a turn: takes the conversation's lock, runs the middleware in order and
/// then the bot, retries the whole turn when another writer changed the state first, and flushes the
/// replies through the sink.
/// </summary>
public sealed class BotAdapter
{
    /// <summary>How many times a turn is run when its state write keeps conflicting.</summary>
    public const int MaxAttempts = 3;

    private readonly ITurnMiddleware[] _middleware;
    private readonly IBot _bot;
    private readonly ConversationLocks _locks;
    private readonly TimeProvider _time;
    private readonly ILogger<BotAdapter> _logger;
    private readonly TurnHandler _pipeline;

    public BotAdapter(IEnumerable<ITurnMiddleware> middleware, IBot bot, ConversationLocks locks, TimeProvider time, ILogger<BotAdapter> logger)
    {
        _middleware = [.. middleware];
        _bot = bot;
        _locks = locks;
        _time = time;
        _logger = logger;
        _pipeline = Build(0);
    }

    /// <summary>Processes one activity; replies go to <paramref name="sink"/>.</summary>
    public async Task<TurnResult> ProcessAsync(Activity activity, IReplySink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(sink);
        var lockKey = $"{activity.ChannelId}\n{activity.Conversation?.Id}";
        var started = Stopwatch.GetTimestamp();
        using var held = await _locks.AcquireAsync(lockKey, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var turn = new TurnContext(activity, sink, _time);
            try
            {
                await _pipeline(turn, cancellationToken);
            }
            catch (ETagConflictException) when (attempt < MaxAttempts)
            {
                Log.TurnConflict(_logger, activity.Conversation?.Id, attempt);
                continue;
            }

            await RunCommitEffectsAsync(turn, cancellationToken);
            await turn.FlushAsync(cancellationToken);
            Log.TurnEnded(_logger, activity.Conversation?.Id, activity.Type, Stopwatch.GetElapsedTime(started).TotalMilliseconds, attempt);
            return new TurnResult(turn.InvokeResponse, attempt);
        }
    }

    // The state is saved: the turn happened, so each effect runs once. One that fails is logged by id and
    // does not undo the turn (a retry of the activity would be recognised and not run it again).
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
                Log.CommitEffectFailed(_logger, turn.Activity.Conversation?.Id, ex.GetType().Name);
            }
        }
    }

    private TurnHandler Build(int index)
    {
        if (index == _middleware.Length)
        {
            return _bot.OnTurnAsync;
        }

        var middleware = _middleware[index];
        var next = Build(index + 1);
        return (turn, cancellationToken) => middleware.InvokeAsync(turn, next, cancellationToken);
    }
}
