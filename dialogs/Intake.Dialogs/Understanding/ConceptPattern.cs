namespace Intake.Dialogs.Understanding;

/// <summary>
/// Words that together name a concept: one word (or phrase) from each slot, all in one clause, the first and
/// last at most <see cref="Window"/> tokens apart, in the slots' order only when <see cref="Ordered"/>.
/// Each phrase is a sequence of vocabulary ids.
/// </summary>
internal sealed record ConceptPattern(int Concept, int[][][] Slots, int Window, bool Ordered, int Line);
