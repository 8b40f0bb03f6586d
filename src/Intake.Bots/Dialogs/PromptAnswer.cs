namespace Intake.Bots.Dialogs;

/// <summary>
/// What a dialog hands its parent when it ends: the recognised answer of a prompt (choice codes, a
/// number, yes/no, or text), or nothing. Typed, never <c>object</c>.
/// </summary>
public sealed record PromptAnswer
{
    /// <summary>The text the user sent (text prompts; kept out of logs).</summary>
    public string? Text { get; init; }

    /// <summary>The chosen codes, in the order of the choice list (choice prompts).</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>The number (number prompts).</summary>
    public decimal? Number { get; init; }

    /// <summary>Yes (<c>true</c>) or no (<c>false</c>) (confirm prompts).</summary>
    public bool? Confirmed { get; init; }

    /// <summary>The single chosen code, when exactly one was chosen.</summary>
    public string? Choice => Choices is [var only] ? only : null;

    /// <summary>The number as an integer, when it is one.</summary>
    public int? WholeNumber => Number is { } n && decimal.Truncate(n) == n ? (int)n : null;

    public static PromptAnswer FromChoices(IReadOnlyList<string> codes) => new() { Choices = codes };

    public static PromptAnswer FromNumber(decimal number) => new() { Number = number };

    public static PromptAnswer FromConfirmed(bool confirmed) => new() { Confirmed = confirmed };

    public static PromptAnswer FromText(string text) => new() { Text = text };
}
