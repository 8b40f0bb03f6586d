namespace Intake.Schema;

/// <summary>A hero card: title, text, images and buttons. The fallback where Adaptive Cards are not shown.</summary>
public sealed record HeroCard
{
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<CardImage>? Images { get; init; }
    public IReadOnlyList<CardAction>? Buttons { get; init; }
    public CardAction? Tap { get; init; }
}
