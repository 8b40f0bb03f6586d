namespace Intake.Dialogs.Understanding;

/// <summary>
/// Tokens <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive): the widest any context scope reaches.
/// <see cref="AfterSentence"/>: it opens a new sentence after a full stop or a line break (not after a question).
/// </summary>
internal readonly record struct Clause(int Start, int End, bool AfterTermination, bool IsQuestion, bool AfterSentence = false);
