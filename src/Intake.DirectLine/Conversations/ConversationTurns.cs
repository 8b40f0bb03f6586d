using System.Security.Claims;
using Intake.Bots.Turns;
using Intake.Schema;
using Microsoft.Extensions.Logging;

namespace Intake.DirectLine.Conversations;

/// <summary>
/// Where the embedded Direct Line acts as the channel towards the bot: it addresses each activity as a channel
/// would, logs the user's own activity first (the echo Web Chat waits for), then runs the turn through
/// <see cref="BotAdapter.ProcessAsync"/> with the conversation's in-process reply sink.
/// </summary>
internal sealed class ConversationTurns(BotAdapter adapter, ILogger<ConversationTurns> logger)
{
    /// <summary>The bot's account in every embedded conversation.</summary>
    public static readonly ChannelAccount Bot = new() { Id = "intake-bot", Name = "Intake", Role = "bot" };

    private static readonly ClaimsIdentity Identity = new("DirectLine");

    /// <summary>Announces the user joining (<c>membersAdded: [bot, user]</c>), so the welcome is there before the user types.</summary>
    public async Task JoinAsync(DirectLineConversation conversation, string? userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var user = User(conversation, userName);
        var joined = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversation.Id}|join",
            ChannelId = Channels.WebChat,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = user,
            Recipient = Bot,
            MembersAdded = [Bot with { Role = null }, user with { Role = null }],
            Locale = conversation.Locale,
        };
        await RunAsync(conversation, joined, cancellationToken);
    }

    /// <summary>Logs the user's activity (its echo) and runs its turn; returns the id it was given.</summary>
    public async Task<(string Id, TurnStatus Status)> PostAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        await conversation.Turns.WaitAsync(cancellationToken);
        try
        {
            var inbound = activity with
            {
                Id = null,
                // One channel id for the whole conversation (the bot's state is kept per channel and conversation).
                ChannelId = Channels.WebChat,
                Conversation = new ConversationAccount { Id = conversation.Id },
                From = User(conversation, activity.From?.Name),
                Recipient = Bot,
                ServiceUrl = null,
                DeliveryMode = null,
            };
            var id = conversation.Append(inbound);

            // Logged is sent: a client that goes away now does not take back its turn.
            var status = await adapter.ProcessAsync(inbound with { Id = id }, new TurnCaller(Identity, new ConversationReplySink(conversation)), CancellationToken.None);
            return (id, status.Status);
        }
        finally
        {
            conversation.Turns.Release();
        }
    }

    private async Task RunAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        await conversation.Turns.WaitAsync(cancellationToken);
        try
        {
            var outcome = await adapter.ProcessAsync(activity, new TurnCaller(Identity, new ConversationReplySink(conversation)), cancellationToken);
            if (outcome.Status is not (TurnStatus.Completed or TurnStatus.Replayed))
            {
                Log.TurnNotCompleted(logger, outcome.Status.ToString());
            }
        }
        finally
        {
            conversation.Turns.Release();
        }
    }

    private static ChannelAccount User(DirectLineConversation conversation, string? name)
        => new() { Id = conversation.UserId, Name = name is { Length: > 0 and <= 100 } ? name : null, Role = "user" };
}
