using Intake.Bots.State;
using Intake.Bots.Turns;

namespace Intake.Bots.Middleware;

/// <summary>
/// Loads the conversation's and the user's state once before the bot runs and saves each once after,
/// only if it changed, with the ETag it was read at. A conflict propagates and the adapter reruns the turn.
/// </summary>
public sealed class StateMiddleware(IStorage storage) : ITurnMiddleware
{
    public async Task InvokeAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turn.Activity;
        var channelId = activity.ChannelId ?? string.Empty;
        var conversation = await StateScope.LoadAsync(storage, StateKeys.Conversation(channelId, activity.Conversation?.Id ?? string.Empty), cancellationToken);
        var userId = activity.From?.Id;
        var user = string.IsNullOrEmpty(userId)
            ? null
            : await StateScope.LoadAsync(storage, StateKeys.User(channelId, userId), cancellationToken);
        turn.State = new TurnState(conversation, user ?? StateScope.Unsaved("anonymous"));

        await next(turn, cancellationToken);

        await conversation.SaveAsync(storage, cancellationToken);
        if (user is not null)
        {
            await user.SaveAsync(storage, cancellationToken);
        }
    }
}
