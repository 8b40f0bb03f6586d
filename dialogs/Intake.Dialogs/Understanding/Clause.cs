namespace Intake.Dialogs.Understanding;

/// <summary>Tokens <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive): the widest any context scope reaches.</summary>
internal readonly record struct Clause(int Start, int End, bool AfterTermination, bool IsQuestion);
