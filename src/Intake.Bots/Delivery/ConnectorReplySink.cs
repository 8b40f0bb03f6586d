using System.Security.Claims;
using Intake.Schema;

namespace Intake.Bots.Delivery;

/// <summary>
/// Normal delivery: each reply is POSTed to the channel's connector as it is flushed, with the bot's token
/// where <paramref name="caller"/>'s inbound token vouched for the reply's serviceUrl.
/// </summary>
internal sealed class ConnectorReplySink(ConnectorClient client, ClaimsIdentity? caller = null) : IReplySink
{
    public bool DeliversImmediately => true;

    public async ValueTask<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
        => await client.SendAsync(activity, caller, cancellationToken);

    public async ValueTask<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
        => await client.UpdateAsync(activity, caller, cancellationToken);

    public async ValueTask DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
        => await client.DeleteAsync(reference, activityId, caller, cancellationToken);
}
