namespace Intake.Bots.Cards;

/// <summary>A <c>TextBlock</c>: text that wraps, optionally bolder or larger.</summary>
public sealed record AdaptiveTextBlock : AdaptiveElement
{
    public required string Text { get; init; }

    /// <summary><c>Bolder</c> for a title; unset for body text.</summary>
    public string? Weight { get; init; }

    /// <summary><c>Medium</c> for a title; unset for body text.</summary>
    public string? Size { get; init; }

    public bool Wrap { get; init; } = true;
}
