namespace Intake.Dialogs.Triage;

/// <summary>
/// The decision: the care level, the ids of the rules that matched at that level (what the patient is
/// told and what <c>channelData.intake.ruleIds</c> carries), their explanation keys, and the ids that
/// matched at lower levels (kept in the record and the log for the clinician's audit, not shown).
/// </summary>
internal sealed record TriageResult(
    CareLevel Level,
    IReadOnlyList<string> RuleIds,
    IReadOnlyList<string> ReasonKeys,
    IReadOnlyList<string> LowerRuleIds);
