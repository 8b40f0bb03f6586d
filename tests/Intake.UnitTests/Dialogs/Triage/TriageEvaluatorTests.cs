using Intake.Dialogs.Answers;
using Intake.Dialogs.Triage;

namespace Intake.UnitTests.Dialogs.Triage;

public sealed class TriageEvaluatorTests
{
    private static readonly TriageEvaluator Evaluator = new(IntakeContent.Rules);

    [Fact]
    public void Evaluate_EmergencyWithLowerFindings_EmergencyWinsAndLowerIdsAreKeptApart()
    {
        var answers = QuietAnswers.Patient with { Emergency = ["calf-clot"], Intensity = 8, Duration = "long" };

        var result = Evaluator.Evaluate(answers);

        Assert.Equal(CareLevel.Emergency, result.Level);
        Assert.Equal(["emergency-sign"], result.RuleIds);
        Assert.Equal(["long-episodes", "severe-pain"], result.LowerRuleIds);
    }

    [Fact]
    public void Evaluate_SeveralRulesOfTheWinningLevel_AllIdsInFileOrderWithReasons()
    {
        var answers = QuietAnswers.Patient with { History = "months", Intensity = 9 };

        var result = Evaluator.Evaluate(answers);

        Assert.Equal(["severe-pain", "recurring-weeks"], result.RuleIds);
        Assert.Equal(["triage.reasons.severe-pain", "triage.reasons.recurring-weeks"], result.ReasonKeys);
        Assert.Empty(result.LowerRuleIds);
    }

    [Fact]
    public void Evaluate_NothingAnswered_IsSelfCare()
        => Assert.Equal(CareLevel.SelfCare, Evaluator.Evaluate(new IntakeAnswers()).Level);

    [Fact]
    public void Evaluate_SameAnswersTwice_SameResult()
    {
        var answers = QuietAnswers.Patient with { Nerve = ["blinking", "ms"], Worsening = true };

        var first = Evaluator.Evaluate(answers);
        var second = Evaluator.Evaluate(answers);

        Assert.Equal(first.Level, second.Level);
        Assert.Equal(first.RuleIds, second.RuleIds);
        Assert.Equal(first.LowerRuleIds, second.LowerRuleIds);
    }
}
