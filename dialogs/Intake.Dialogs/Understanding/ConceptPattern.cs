namespace Intake.Dialogs.Understanding;

/// <summary>
/// Words that together name a concept: one word (or phrase) from each slot, all in one clause, the first and
/// last at most <see cref="Window"/> tokens apart, in the slots' order only when <see cref="Ordered"/>.
/// Each phrase is a sequence of vocabulary ids. A <see cref="Possible"/> pattern names the concept only maybe
/// ("my legs feel weak" may be both legs suddenly weak): what it alone affirms is read as uncertain, to be asked about.
/// </summary>
internal sealed record ConceptPattern(int Concept, int[][][] Slots, int Window, bool Ordered, bool Possible, int Line);
