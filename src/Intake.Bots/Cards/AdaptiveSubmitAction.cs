namespace Intake.Bots.Cards;

/// <summary>An <c>Action.Submit</c>: sends the card's inputs, and <see cref="Data"/> when set, as the activity's value.</summary>
public sealed record AdaptiveSubmitAction : AdaptiveAction
{
    public required string Title { get; init; }

    public AdaptiveSubmitData? Data { get; init; }
}
