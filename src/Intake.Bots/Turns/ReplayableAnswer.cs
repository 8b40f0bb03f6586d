using Intake.Schema;

namespace Intake.Bots.Turns;

/// <summary>
/// The answer the last turn gave in its HTTP response (expectReplies replies, an invoke response) or could
/// not deliver (the replies a connector refused), kept
/// beside the conversation's state (not in it: it is read only on a retry, so turns do not carry it) so
/// that a retry of that activity gets the same answer without the turn running again.
/// </summary>
internal sealed record ReplayableAnswer
{
    /// <summary>The activity this answered.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The replies, addressed as they were sent.</summary>
    public IReadOnlyList<Activity>? Replies { get; init; }

    public InvokeResponse? InvokeResponse { get; init; }

    /// <summary>The replies of a normal-delivery turn its connector did not take, for the channel's retry to deliver.</summary>
    public IReadOnlyList<Activity>? Undelivered { get; init; }

    /// <summary>The storage key of a conversation's last answer, beside its state item.</summary>
    public static string KeyFor(string conversationStateKey) => conversationStateKey + "/last-answer";
}
