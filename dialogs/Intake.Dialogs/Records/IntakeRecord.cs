using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Records;

/// <summary>
/// What is kept of one finished intake, with consent (INTAKE.md §6): the answers as codes, the care
/// level and the rule ids, the channel, the time and an opaque user id. No message text.
/// </summary>
internal sealed record IntakeRecord
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;

    /// <summary>This record's id (unique per user).</summary>
    public required string Id { get; init; }

    /// <summary>The patient as an <see cref="OpaqueUserId"/>, never the channel's raw id.</summary>
    public required string User { get; init; }

    public required string ChannelId { get; init; }

    /// <summary>When the result was given.</summary>
    public required DateTimeOffset CompletedAt { get; init; }

    /// <summary>The content language the intake ran in.</summary>
    public required string Language { get; init; }

    /// <summary><c>emergency</c>, <c>urgent</c>, <c>appointment</c> or <c>self-care</c>.</summary>
    public required string CareLevel { get; init; }

    /// <summary>The rules that decided the level.</summary>
    public required IReadOnlyList<string> RuleIds { get; init; }

    /// <summary>Rules that matched at lower levels (for the clinician's audit).</summary>
    public IReadOnlyList<string> LowerRuleIds { get; init; } = [];

    public required IntakeAnswers Answers { get; init; }
}
