namespace Intake.Schema;

/// <summary>A channel's answer to a send: the id it gave the activity (may be missing).</summary>
public sealed record ResourceResponse(string? Id);
