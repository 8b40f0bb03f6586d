using Intake.Schema;

namespace Intake.Bots.Turns;

/// <summary>
/// What the adapter hands back to an edge after a turn: how it ended, the replies when the delivery mode
/// asks for them in the answer (<c>expectReplies</c>), the invoke response, and the connector's status
/// when it refused the replies.
/// </summary>
public sealed record TurnOutcome(TurnStatus Status)
{
    /// <summary>The replies this turn sent (expectReplies; a retry sends none: its answer is <see cref="Body"/>); <c>null</c> for other delivery modes.</summary>
    public IReadOnlyList<Activity>? Replies { get; init; }

    /// <summary>The expectReplies answer, <c>{"activities":[…]}</c>, serialized once (a retry gets these same bytes).</summary>
    public ReadOnlyMemory<byte>? Body { get; init; }

    /// <summary>The answer to an <c>invoke</c> activity, when the bot had one.</summary>
    public InvokeResponse? InvokeResponse { get; init; }

    /// <summary>The HTTP status the channel's connector answered with (<see cref="TurnStatus.RepliesNotDelivered"/>).</summary>
    public int? ConnectorStatus { get; init; }
}
