namespace Intake.Schema;

/// <summary>A reaction (for example <c>like</c>) on an earlier message.</summary>
public sealed record MessageReaction(string? Type);
