namespace Intake.DirectLine.Conversations;

/// <summary>One delivered activity: its watermark (sequence), its id, and its JSON as sent to clients.</summary>
internal sealed record LogEntry(long Sequence, string Id, byte[] Json);
