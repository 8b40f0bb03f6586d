using Intake.Schema;

namespace Intake.Bots.Turns;

/// <summary>The answer a turn gave in its response, for a retry of the same activity (<see cref="RecentAnswers"/>).</summary>
internal sealed record ReplayableAnswer(string ActivityId, IReadOnlyList<Activity>? Replies, InvokeResponse? InvokeResponse);
