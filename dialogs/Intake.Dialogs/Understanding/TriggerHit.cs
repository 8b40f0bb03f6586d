namespace Intake.Dialogs.Understanding;

/// <summary>A trigger found in a clause, on tokens <see cref="First"/> to <see cref="Last"/>.</summary>
internal readonly record struct TriggerHit(Trigger Trigger, int First, int Last);
