namespace Intake.Dialogs.Understanding;

/// <summary>A concept found in a clause: its span, the tokens that named it (which are then no trigger), and whether only a possible pattern named it.</summary>
internal sealed record ConceptMatch(int Concept, int First, int Last, Occurrence[] Parts, bool Possible);
