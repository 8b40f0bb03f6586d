namespace Intake.Bots.State;

/// <summary>An item of <see cref="MemoryStorage"/> and the timestamp (<see cref="TimeProvider.GetTimestamp"/>) it expires at.</summary>
internal sealed record MemoryEntry(StoreItem Item, long ExpiresAt);
