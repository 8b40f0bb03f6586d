using Intake.Bots.Delivery;
using Intake.Schema;

namespace Intake.DirectLine.Conversations;

/// <summary>
/// The embedded Direct Line's reply sink: the bot's replies go straight into the conversation's log, in process, where
/// the stream and polling clients read them. Typing indicators are not kept (the replies follow in milliseconds).
/// </summary>
internal sealed class ConversationReplySink(DirectLineConversation conversation) : IReplySink
{
    public bool DeliversImmediately => false;

    public ValueTask<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.IsType(ActivityTypes.Typing))
        {
            return ValueTask.FromResult(new ResourceResponse(null));
        }

        return ValueTask.FromResult(new ResourceResponse(conversation.Append(activity with { Id = null, ServiceUrl = null })));
    }

    // An update is delivered again under its id (clients replace what they showed by id).
    public ValueTask<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ValueTask.FromResult(new ResourceResponse(conversation.Append(activity with { ServiceUrl = null })));
    }

    // Direct Line 3.0 has no way to take back a delivered activity; the bot does not delete.
    public ValueTask DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
        => ValueTask.CompletedTask;
}
