namespace Intake.Bots.State;

/// <summary>A stored value and the ETag of this version of it.</summary>
public sealed record StoreItem(ReadOnlyMemory<byte> Value, string ETag);
