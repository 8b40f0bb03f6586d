namespace Intake.Dialogs.Understanding;

/// <summary>What a token is: a word, a comma (kept, because it separates trigger words), or the end of a sentence.</summary>
internal enum TokenKind
{
    Word,
    Comma,
    Break,
    Question,
}
