using Intake.Bots.State;
using Intake.Schema;

namespace Intake.Bots.Turns;

/// <summary>
/// The answer the last turn gave in its HTTP response (expectReplies replies, an invoke response), kept
/// with the state so a retry of that activity gets the same answer without the turn running again.
/// Replies are kept without their addressing, which the retry's identical inbound activity restores.
/// </summary>
internal sealed record ReplayableAnswer
{
    public static readonly StateKey<ReplayableAnswer> Key = new("replayable", TurnsJsonContext.Default.ReplayableAnswer);

    /// <summary>The activity this answered.</summary>
    public required string ActivityId { get; init; }

    public IReadOnlyList<Activity>? Replies { get; init; }

    public InvokeResponse? InvokeResponse { get; init; }

    public static Activity WithoutAddress(Activity reply)
        => reply with { From = null, Recipient = null, Conversation = null, ChannelId = null, ServiceUrl = null, ReplyToId = null, Timestamp = null };
}
