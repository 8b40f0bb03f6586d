using Intake.Bots.State;
using Intake.Bots.Turns;

namespace Intake.Bots.Middleware;

/// <summary>
/// Loads the conversation's state once before the bot runs, and the user's when the turn first asks for
/// it; saves each once after, only if it changed, with the ETag it was read at. A conflict propagates and
/// the adapter reruns the turn.
/// </summary>
internal sealed class StateMiddleware(IStorage storage) : ITurnMiddleware
{
    public async Task InvokeAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turn.Activity;
        var channelId = activity.ChannelId ?? string.Empty;
        var conversation = await StateScope.LoadAsync(storage, StateKeys.Conversation(channelId, activity.Conversation?.Id ?? string.Empty), cancellationToken);
        var userId = activity.From?.Id;
        turn.State = string.IsNullOrEmpty(userId)
            ? new TurnState(conversation, StateScope.Unsaved("anonymous"))
            : new TurnState(conversation, token => StateScope.LoadAsync(storage, StateKeys.User(channelId, userId), token));

        await next(turn, cancellationToken);

        await conversation.SaveAsync(storage, cancellationToken);
        if (turn.State.LoadedUser is { } user)
        {
            await user.SaveAsync(storage, cancellationToken);
        }
    }
}
