namespace Intake.DirectLine.Tokens;

/// <summary>What a token grants: one conversation, one user, until it expires; the page's language for the welcome.</summary>
internal sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt, string? Locale);
