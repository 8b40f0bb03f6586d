using Intake.Dialogs.Answers;
using Intake.Dialogs.Triage;

namespace Intake.UnitTests.Dialogs.Triage;

/// <summary>One test per rule of Content/triage-rules.yaml: the rule fires on its own finding, with its level.</summary>
public sealed class TriageRuleTests
{
    private static readonly TriageEvaluator Evaluator = new(IntakeContent.Rules);
    private static readonly IntakeAnswers Quiet = QuietAnswers.Patient;

    public static readonly TheoryData<string> AllRuleIds = [.. IntakeContent.Rules.Rules.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void RuleFile_EveryRule_HasItsOwnTestHere(string id)
        => Assert.Contains(id, TestedRuleIds);

    [Fact]
    public void EmergencySign_EachSign_IsEmergency()
    {
        foreach (var sign in AnswerCodes.Emergency.Where(c => c != AnswerCodes.None))
        {
            AssertFires(Quiet with { Emergency = [sign] }, "emergency-sign", CareLevel.Emergency);
        }
    }

    [Fact]
    public void NerveSignsWorsening_SignAndWorseningAnswer_IsUrgent()
        => AssertFires(Quiet with { Nerve = ["dragging-leg"], Worsening = true }, "nerve-signs-worsening", CareLevel.Urgent);

    [Fact]
    public void NerveSignsWorsening_KnownConditionAndWorseningFlag_IsUrgent()
        => AssertFires(Quiet with { Nerve = ["ms"], RedFlags = ["worsening"] }, "nerve-signs-worsening", CareLevel.Urgent);

    [Fact]
    public void MobilityLossSeverePain_LosingMobilityAndPain7_IsUrgent()
        => AssertFires(Quiet with { RedFlags = ["losing-mobility"], Intensity = 7 }, "mobility-loss-severe-pain", CareLevel.Urgent);

    [Fact]
    public void MobilityLossSeverePain_Pain6_DoesNotFire()
        => Assert.DoesNotContain("mobility-loss-severe-pain", Evaluator.Evaluate(Quiet with { RedFlags = ["losing-mobility"], Intensity = 6 }).RuleIds);

    [Fact]
    public void RedFlagFirstUnknownCause_Flagged_IsAppointment()
        => AssertFires(Quiet with { RedFlags = ["first-unknown-cause"] }, "red-flag-first-unknown-cause", CareLevel.Appointment);

    [Fact]
    public void RedFlagFirstUnknownCause_FirstTimeAndNoTrigger_IsAppointment()
        => AssertFires(Quiet with { History = "first", Triggers = [AnswerCodes.None] }, "red-flag-first-unknown-cause", CareLevel.Appointment);

    [Fact]
    public void RedFlagWorsening_HistoryWorseningYes_IsAppointment()
        => AssertFires(Quiet with { Worsening = true }, "red-flag-worsening", CareLevel.Appointment);

    [Fact]
    public void RedFlagWorsening_Flagged_IsAppointment()
        => AssertFires(Quiet with { RedFlags = ["worsening"] }, "red-flag-worsening", CareLevel.Appointment);

    [Fact]
    public void RedFlagLosingMobility_Flagged_IsAppointment()
        => AssertFires(Quiet with { RedFlags = ["losing-mobility"] }, "red-flag-losing-mobility", CareLevel.Appointment);

    [Fact]
    public void RedFlagPainIncreasing_Flagged_IsAppointment()
        => AssertFires(Quiet with { RedFlags = ["pain-increasing"] }, "red-flag-pain-increasing", CareLevel.Appointment);

    [Fact]
    public void RedFlagDailyTasks_Flagged_IsAppointment()
        => AssertFires(Quiet with { RedFlags = ["daily-tasks"] }, "red-flag-daily-tasks", CareLevel.Appointment);

    [Fact]
    public void NerveSigns_EachDystoniaSign_IsAppointment()
    {
        foreach (var sign in new[] { "blinking", "foot-cramps", "speaking", "neck-pulling", "dragging-leg" })
        {
            AssertFires(Quiet with { Nerve = [sign] }, "nerve-signs", CareLevel.Appointment);
        }
    }

    [Fact]
    public void NeuroCondition_EachKnownCondition_IsAppointment()
    {
        foreach (var condition in new[] { "ms", "spinal-cord-injury", "als" })
        {
            AssertFires(Quiet with { Nerve = [condition] }, "neuro-condition", CareLevel.Appointment);
        }
    }

    [Fact]
    public void LongEpisodes_15MinutesOrMore_IsAppointment()
        => AssertFires(Quiet with { Duration = "long" }, "long-episodes", CareLevel.Appointment);

    [Fact]
    public void SeverePain_Pain7_IsAppointment()
        => AssertFires(Quiet with { Intensity = 7 }, "severe-pain", CareLevel.Appointment);

    [Fact]
    public void NoCommonTrigger_NoneOrNotSure_IsAppointment()
        => AssertFires(Quiet with { Triggers = [AnswerCodes.None] }, "no-common-trigger", CareLevel.Appointment);

    [Fact]
    public void RecurringWeeks_WeeksOrMonths_IsAppointment()
    {
        AssertFires(Quiet with { History = "weeks" }, "recurring-weeks", CareLevel.Appointment);
        AssertFires(Quiet with { History = "months" }, "recurring-weeks", CareLevel.Appointment);
    }

    [Fact]
    public void NoConcern_QuietAnswers_IsSelfCareWithOnlyThisRule()
    {
        var result = Evaluator.Evaluate(Quiet);
        Assert.Equal(CareLevel.SelfCare, result.Level);
        Assert.Equal(["no-concern"], result.RuleIds);
    }

    private static readonly string[] TestedRuleIds =
    [
        "emergency-sign", "nerve-signs-worsening", "mobility-loss-severe-pain", "red-flag-first-unknown-cause",
        "red-flag-worsening", "red-flag-losing-mobility", "red-flag-pain-increasing", "red-flag-daily-tasks",
        "nerve-signs", "neuro-condition", "long-episodes", "severe-pain", "no-common-trigger", "recurring-weeks", "no-concern",
    ];

    private static void AssertFires(IntakeAnswers answers, string ruleId, CareLevel level)
    {
        var result = Evaluator.Evaluate(answers);
        Assert.Equal(level, result.Level);
        Assert.Contains(ruleId, result.RuleIds);
    }
}
