namespace Intake.Dialogs.Flow;

/// <summary><c>channelData.intake</c>: the question's step (and the sign a <c>check</c> asks about), or the result's care level and the rules that decided it.</summary>
internal sealed record IntakeStamp
{
    public string? Step { get; init; }

    /// <summary>With the step <c>check</c>: the concept id of the sign the question checks.</summary>
    public string? Sign { get; init; }

    public string? CareLevel { get; init; }

    public IReadOnlyList<string>? RuleIds { get; init; }
}
