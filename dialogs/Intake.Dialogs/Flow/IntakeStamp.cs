namespace Intake.Dialogs.Flow;

/// <summary><c>channelData.intake</c>: the question's step, or the result's care level and the rules that decided it.</summary>
internal sealed record IntakeStamp
{
    public string? Step { get; init; }

    public string? CareLevel { get; init; }

    public IReadOnlyList<string>? RuleIds { get; init; }
}
