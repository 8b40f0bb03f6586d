using Intake.Dialogs.Triage;

namespace Intake.Dialogs.Results;

/// <summary>
/// The result as data, channel-neutral: <see cref="Paragraphs"/> start with the care-level sentence,
/// then why, what helps and what therapy offers; <see cref="Card"/> is who to call.
/// </summary>
internal sealed record ResultMessage(
    CareLevel Level,
    IReadOnlyList<string> RuleIds,
    IReadOnlyList<string> Paragraphs,
    CallCard Card,
    IReadOnlyList<ResultAction> Actions);
