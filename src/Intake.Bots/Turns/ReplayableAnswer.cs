using Intake.Schema;

namespace Intake.Bots.Turns;

/// <summary>
/// The answer a turn gave in its response (expectReplies replies, an invoke response), or the replies its
/// connector did not take, for a retry of the same activity (<see cref="RecentAnswers"/>).
/// </summary>
internal sealed record ReplayableAnswer(string ActivityId, IReadOnlyList<Activity>? Replies, InvokeResponse? InvokeResponse)
{
    /// <summary>The replies of a normal-delivery turn its connector did not take, for the channel's retry to deliver.</summary>
    public IReadOnlyList<Activity>? Undelivered { get; init; }
}
