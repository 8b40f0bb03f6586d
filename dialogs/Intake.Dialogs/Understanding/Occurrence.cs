namespace Intake.Dialogs.Understanding;

/// <summary>Where one slot of a pattern was found: tokens <see cref="First"/> to <see cref="Last"/>.</summary>
internal readonly record struct Occurrence(int Pattern, int Slot, int First, int Last);
