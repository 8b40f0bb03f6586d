using Intake.Schema;

namespace Intake.Bots.Turns;

/// <summary>Addresses a reply the way channels expect (what the SDK's CreateReply does, written from the spec).</summary>
public static class Replies
{
    /// <summary>
    /// Fills the addressing of <paramref name="reply"/> from <paramref name="inbound"/>: from/recipient
    /// swapped, conversation, channel, service URL, locale and <c>replyToId</c>; sets the timestamp.
    /// Fields the reply already has win.
    /// </summary>
    public static Activity Address(Activity reply, Activity inbound, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(inbound);
        var conversation = inbound.Conversation is { } c
            ? new ConversationAccount { Id = c.Id, Name = c.Name, TenantId = c.TenantId }
            : null;
        return reply with
        {
            Type = reply.Type ?? ActivityTypes.Message,
            From = reply.From ?? inbound.Recipient,
            Recipient = reply.Recipient ?? inbound.From,
            Conversation = reply.Conversation ?? conversation,
            ChannelId = reply.ChannelId ?? inbound.ChannelId,
            ServiceUrl = reply.ServiceUrl ?? inbound.ServiceUrl,
            Locale = reply.Locale ?? inbound.Locale,
            ReplyToId = reply.ReplyToId ?? ReplyToIdFor(inbound),
            Timestamp = reply.Timestamp ?? now,
        };
    }

    /// <summary>The conversation reference of an inbound activity, for sends outside the turn.</summary>
    public static ConversationReference ReferenceOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ConversationReference
        {
            ActivityId = activity.Id,
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
        };
    }

    private static string? ReplyToIdFor(Activity inbound)
    {
        // Direct Line and Web Chat do not thread under a membership event; the SDK leaves it out there too.
        var unthreaded = inbound.IsType(ActivityTypes.ConversationUpdate)
            && inbound.ChannelId is Channels.DirectLine or Channels.WebChat;
        return unthreaded ? null : inbound.Id;
    }
}
