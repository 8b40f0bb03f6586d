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

    [Theory]
    [InlineData("strain")]
    [InlineData("posture")]
    public void NoCommonTrigger_StrainOrPostureFirstTime_IsACommonCauseSoSelfCare(string trigger)
    {
        var result = Evaluator.Evaluate(Quiet with { History = "first", Triggers = [trigger] });

        Assert.Equal(CareLevel.SelfCare, result.Level);
        Assert.DoesNotContain("no-common-trigger", result.RuleIds);
        Assert.DoesNotContain("red-flag-first-unknown-cause", result.RuleIds);
    }

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

    [Fact]
    public void FeverUnwell_Ticked_IsUrgent()
        => AssertFires(Quiet with { Background = ["fever-unwell"] }, "fever-unwell", CareLevel.Urgent);

    [Fact]
    public void NewLimbWeakness_Ticked_IsUrgent()
        => AssertFires(Quiet with { Background = ["limb-weakness"] }, "new-limb-weakness", CareLevel.Urgent);

    [Theory]
    [InlineData("back")]
    [InlineData("neck")]
    public void CancerBackNeckPain_CancerWithBackOrNeckSpasms_IsUrgent(string location)
        => AssertFires(Quiet with { Background = ["cancer"], Locations = [location] }, "cancer-back-neck-pain", CareLevel.Urgent);

    [Fact]
    public void CancerBackNeckPain_CancerWithCalfCramps_IsAnAppointment()
    {
        var result = Evaluator.Evaluate(Quiet with { Background = ["cancer"], Locations = ["legs"] });
        Assert.Equal(CareLevel.Appointment, result.Level);
        Assert.DoesNotContain("cancer-back-neck-pain", result.RuleIds);
        Assert.Contains("background-red-flag", result.RuleIds);
    }

    [Fact]
    public void UnexplainedWeightLoss_Ticked_IsUrgent()
        => AssertFires(Quiet with { Background = ["weight-loss"] }, "unexplained-weight-loss", CareLevel.Urgent);

    [Fact]
    public void NewMedicineMusclePain_NewMedicineAndPain_IsUrgent()
        => AssertFires(Quiet with { Background = ["new-medicine"], Intensity = 3 }, "new-medicine-muscle-pain", CareLevel.Urgent);

    [Fact]
    public void NewMedicineMusclePain_NewMedicineNoPainNoMovementSign_IsAnAppointment()
    {
        var result = Evaluator.Evaluate(Quiet with { Background = ["new-medicine"], Intensity = 0 });
        Assert.Equal(CareLevel.Appointment, result.Level);
        Assert.DoesNotContain("new-medicine-muscle-pain", result.RuleIds);
    }

    [Fact]
    public void PregnantBackSpasms_PregnantWithBackSpasms_IsUrgent()
        => AssertFires(Quiet with { Background = ["pregnant"], Locations = ["back"] }, "pregnant-back-spasms", CareLevel.Urgent);

    [Fact]
    public void PregnantBackSpasms_PregnantWithLegCramps_IsAnAppointmentNotLabour()
    {
        var result = Evaluator.Evaluate(Quiet with { Background = ["pregnant"], Locations = ["legs"] });
        Assert.Equal(CareLevel.Appointment, result.Level);
        Assert.DoesNotContain("pregnant-back-spasms", result.RuleIds);
    }

    [Fact]
    public void OlderAdultFall_65AndAFall_IsUrgent()
        => AssertFires(Quiet with { Age = "65-plus", Background = ["recent-fall"] }, "older-adult-fall", CareLevel.Urgent);

    [Fact]
    public void OlderAdultFall_40AndAFall_IsAnAppointment()
        => AssertFires(Quiet with { Age = "18-49", Background = ["recent-fall"] }, "background-red-flag", CareLevel.Appointment);

    [Fact]
    public void NightOrRestPain_Ticked_IsAppointment()
        => AssertFires(Quiet with { Background = ["night-pain"] }, "night-or-rest-pain", CareLevel.Appointment);

    [Theory]
    [InlineData("50-64")]
    [InlineData("65-plus")]
    public void OlderFirstEpisode_50OrOlderFirstTime_IsAppointment(string age)
        => AssertFires(Quiet with { Age = age, History = "first" }, "older-first-episode", CareLevel.Appointment);

    [Fact]
    public void OlderFirstEpisode_40FirstTimeWithACause_IsSelfCare()
        => AssertFires(Quiet with { Age = "18-49", History = "first" }, "no-concern", CareLevel.SelfCare);

    [Fact]
    public void Under18_Child_IsAppointment()
        => AssertFires(Quiet with { Age = "under-18" }, "under-18", CareLevel.Appointment);

    [Theory]
    [InlineData("cancer")]
    [InlineData("recent-fall")]
    [InlineData("pregnant")]
    public void BackgroundRedFlag_EachNotSameDayByItself_IsAppointment(string code)
        => AssertFires(Quiet with { Background = [code] }, "background-red-flag", CareLevel.Appointment);

    private static readonly string[] TestedRuleIds =
    [
        "emergency-sign", "nerve-signs-worsening", "mobility-loss-severe-pain", "red-flag-first-unknown-cause",
        "red-flag-worsening", "red-flag-losing-mobility", "red-flag-pain-increasing", "red-flag-daily-tasks",
        "nerve-signs", "neuro-condition", "long-episodes", "severe-pain", "no-common-trigger", "recurring-weeks", "no-concern",
        "fever-unwell", "new-limb-weakness", "cancer-back-neck-pain", "unexplained-weight-loss", "new-medicine-muscle-pain",
        "pregnant-back-spasms", "older-adult-fall", "night-or-rest-pain", "older-first-episode", "under-18", "background-red-flag",
    ];

    private static void AssertFires(IntakeAnswers answers, string ruleId, CareLevel level)
    {
        var result = Evaluator.Evaluate(answers);
        Assert.Equal(level, result.Level);
        Assert.Contains(ruleId, result.RuleIds);
    }
}
