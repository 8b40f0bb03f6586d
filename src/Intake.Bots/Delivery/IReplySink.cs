using Intake.Schema;

namespace Intake.Bots.Delivery;

/// <summary>
/// Where a turn's replies go, chosen by the inbound activity's delivery mode: the channel's connector
/// (normal), the HTTP response (expectReplies), or an embedded Direct Line conversation.
/// </summary>
public interface IReplySink
{
    /// <summary>Whether an activity sent now reaches the user now (a typing indicator is worth sending).</summary>
    bool DeliversImmediately { get; }

    /// <summary>Sends one activity, already addressed; returns the id the channel gave it.</summary>
    ValueTask<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an activity sent earlier (its <c>id</c> names it).</summary>
    ValueTask<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Deletes an activity sent earlier.</summary>
    ValueTask DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken);
}
