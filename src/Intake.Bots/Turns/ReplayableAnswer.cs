using Intake.Schema;

namespace Intake.Bots.Turns;

/// <summary>
/// The answer a turn gave in its response — the expectReplies body as it was written, an invoke response —
/// or the replies its connector did not take, for a retry of the same activity (<see cref="RecentAnswers"/>).
/// The body is kept as its bytes: one array per conversation, nothing for the collector to trace.
/// </summary>
internal sealed record ReplayableAnswer(string ActivityId, ReadOnlyMemory<byte>? Body, InvokeResponse? InvokeResponse)
{
    /// <summary>The replies of a normal-delivery turn its connector did not take, for the channel's retry to deliver.</summary>
    public IReadOnlyList<Activity>? Undelivered { get; init; }
}
