namespace Intake.Schema;

/// <summary>An image on a card.</summary>
public sealed record CardImage
{
    public string? Url { get; set; }
    public string? Alt { get; set; }
    public CardAction? Tap { get; set; }
}
