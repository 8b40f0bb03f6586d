namespace Intake.Bots.Content;

/// <summary>One value of a content file: a sentence or a list (synonyms, choices), with where it was written.</summary>
internal sealed record ContentEntry(string? Text, IReadOnlyList<string>? List, string File, long Line)
{
    public string Where => $"{File}:{Line}";
}
