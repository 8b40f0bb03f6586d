namespace Intake.Schema;

/// <summary>Quick-reply buttons shown beside the input box; <see cref="To"/> limits who sees them.</summary>
public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; set; }
    public IReadOnlyList<CardAction> Actions { get; set; } = [];
}
