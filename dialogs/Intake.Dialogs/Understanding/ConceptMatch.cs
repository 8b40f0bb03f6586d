namespace Intake.Dialogs.Understanding;

/// <summary>A concept found in a clause: its span and the tokens that named it (which are then no trigger).</summary>
internal sealed record ConceptMatch(int Concept, int First, int Last, Occurrence[] Parts);
