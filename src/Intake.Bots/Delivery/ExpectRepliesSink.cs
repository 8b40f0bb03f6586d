using System.Globalization;
using Intake.Schema;

namespace Intake.Bots.Delivery;

/// <summary>Collects a turn's replies for the HTTP response of a <c>deliveryMode: expectReplies</c> request.</summary>
internal sealed class ExpectRepliesSink : IReplySink
{
    private readonly List<Activity> _activities = [];
    private int _next;

    public bool DeliversImmediately => false;

    /// <summary>The replies in the order they were sent.</summary>
    public IReadOnlyList<Activity> Activities => _activities;

    public ValueTask<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = activity.Id ?? NewId(activity);
        _activities.Add(activity with { Id = id });
        return ValueTask.FromResult(new ResourceResponse(id));
    }

    public ValueTask<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var index = _activities.FindIndex(a => string.Equals(a.Id, activity.Id, StringComparison.Ordinal));
        if (index >= 0)
        {
            _activities[index] = activity;
        }
        else
        {
            _activities.Add(activity);
        }

        return ValueTask.FromResult(new ResourceResponse(activity.Id));
    }

    public ValueTask DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        _activities.RemoveAll(a => string.Equals(a.Id, activityId, StringComparison.Ordinal));
        return ValueTask.CompletedTask;
    }

    private string NewId(Activity activity)
        => string.Create(CultureInfo.InvariantCulture, $"{activity.ReplyToId ?? "reply"}-{++_next}");
}
