namespace Intake.Dialogs.Recognizers;

/// <summary>A phrase found in the words of a message: what it means, where it starts, how many words it covers.</summary>
internal readonly record struct PhraseMatch<T>(T Value, int Start, int Length)
{
    public int End => Start + Length;
}
