namespace Intake.Dialogs.Understanding;

/// <summary>Index entry: the phrase <see cref="Alternative"/> of slot <see cref="Slot"/> of pattern <see cref="Pattern"/> starts with this word.</summary>
internal readonly record struct PatternEntry(int Pattern, int Slot, int Alternative);
