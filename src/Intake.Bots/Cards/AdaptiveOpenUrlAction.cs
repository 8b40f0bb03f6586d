namespace Intake.Bots.Cards;

/// <summary>An <c>Action.OpenUrl</c>: a link, or with a <c>tel:</c> URI the call button (Teams has no call action).</summary>
public sealed record AdaptiveOpenUrlAction : AdaptiveAction
{
    public required string Title { get; init; }

    public required Uri Url { get; init; }
}
