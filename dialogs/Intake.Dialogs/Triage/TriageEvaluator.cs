using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Triage;

/// <summary>
/// Decides the care level from the answers with the rule table: every rule is tested, the highest
/// level with a match wins. Pure and deterministic: same answers, same result, rule ids in file order.
/// </summary>
internal sealed class TriageEvaluator(TriageRuleSet rules)
{
    public TriageResult Evaluate(IntakeAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var matched = rules.Rules.Where(r => r.When.Matches(answers)).ToList();
        if (matched.Count == 0)
        {
            return new TriageResult(CareLevel.SelfCare, [], [], []);
        }

        var level = matched.Max(r => r.Level);
        var winning = matched.Where(r => r.Level == level).ToList();
        return new TriageResult(
            level,
            [.. winning.Select(r => r.Id)],
            [.. winning.Select(r => r.Explain)],
            [.. matched.Where(r => r.Level < level && r.When is not AlwaysCondition).Select(r => r.Id)]);
    }
}
