namespace Intake.Schema;

/// <summary>A hero card: title, text, images and buttons. The fallback where Adaptive Cards are not shown.</summary>
public sealed record HeroCard
{
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Text { get; set; }
    public IReadOnlyList<CardImage>? Images { get; set; }
    public IReadOnlyList<CardAction>? Buttons { get; set; }
    public CardAction? Tap { get; set; }
}
