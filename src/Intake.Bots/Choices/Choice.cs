namespace Intake.Bots.Choices;

/// <summary>One option of a question: its stored <see cref="Code"/>, its label's content key, and its synonyms' list key.</summary>
public sealed record Choice(string Code, string LabelKey, string? SynonymsKey = null);
