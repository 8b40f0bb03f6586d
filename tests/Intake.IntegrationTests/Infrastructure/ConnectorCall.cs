using Intake.Schema;

namespace Intake.IntegrationTests.Infrastructure;

/// <summary>One call the bot made to the fake connector.</summary>
public sealed record ConnectorCall(string Method, string ConversationId, string? ActivityId, Activity? Activity, string Authorization);
