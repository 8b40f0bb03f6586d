using Intake.Schema;

namespace Intake.Bots.Delivery;

/// <summary>Normal delivery: each reply is POSTed to the channel's connector as it is flushed.</summary>
internal sealed class ConnectorReplySink(ConnectorClient client) : IReplySink
{
    public bool DeliversImmediately => true;

    public async ValueTask<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
        => await client.SendAsync(activity, cancellationToken);

    public async ValueTask<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
        => await client.UpdateAsync(activity, cancellationToken);

    public async ValueTask DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
        => await client.DeleteAsync(reference, activityId, cancellationToken);
}
