namespace Intake.Dialogs.Triage;

/// <summary>One row of the rule table: when <see cref="When"/> holds, the patient needs at least <see cref="Level"/>.</summary>
/// <param name="Id">Stable id, shown in the result's <c>ruleIds</c> and in the decision log.</param>
/// <param name="Explain">The content key that tells the patient why, in words.</param>
/// <param name="Line">Where the rule is written in the rule file.</param>
internal sealed record TriageRule(string Id, CareLevel Level, TriageCondition When, string Explain, long Line);
