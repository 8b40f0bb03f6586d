namespace Intake.Schema;

/// <summary>An image on a card.</summary>
public sealed record CardImage
{
    public string? Url { get; init; }
    public string? Alt { get; init; }
    public CardAction? Tap { get; init; }
}
