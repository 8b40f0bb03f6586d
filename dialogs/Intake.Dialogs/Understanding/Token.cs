namespace Intake.Dialogs.Understanding;

/// <summary>One normalised token and the characters of the original text it came from.</summary>
internal readonly record struct Token(string Text, TokenKind Kind, int Offset, int Length);
