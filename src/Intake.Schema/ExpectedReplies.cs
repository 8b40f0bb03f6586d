namespace Intake.Schema;

/// <summary>The body of a <c>deliveryMode: expectReplies</c> answer: every activity the bot sent in the turn.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
