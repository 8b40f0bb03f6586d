namespace Intake.Dialogs.Understanding;

/// <summary>Tokens <see cref="First"/> to <see cref="Last"/> (inclusive), and the characters of the original text they cover.</summary>
internal readonly record struct TokenSpan(int First, int Last, int Offset, int Length);
