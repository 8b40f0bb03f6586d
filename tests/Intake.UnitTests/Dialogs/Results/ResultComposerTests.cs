using Intake.Dialogs;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Results;
using Intake.Dialogs.Triage;
using Intake.UnitTests.Dialogs.Triage;

namespace Intake.UnitTests.Dialogs.Results;

public sealed class ResultComposerTests
{
    private static readonly TriageEvaluator Evaluator = new(IntakeContent.Rules);
    private readonly ResultComposer _composer = new(IntakeContent.Catalog);

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Compose_EachLevel_LevelSentenceComesFirst(string language)
    {
        var cases = new (IntakeAnswers Answers, string Level)[]
        {
            (QuietAnswers.Patient, "self-care"),
            (QuietAnswers.Patient with { Duration = "long" }, "appointment"),
            (QuietAnswers.Patient with { Nerve = ["speaking"], Worsening = true }, "urgent"),
            (QuietAnswers.Patient with { Emergency = ["stroke-signs"] }, "emergency"),
        };
        foreach (var (answers, level) in cases)
        {
            var result = _composer.Compose(answers, Evaluator.Evaluate(answers), language);

            Assert.Equal(IntakeContent.Catalog.Text(language, $"result.level.{level}"), result.Paragraphs[0]);
        }
    }

    [Fact]
    public void Compose_Appointment_ExplainsEveryWinningRule()
    {
        var answers = QuietAnswers.Patient with { History = "months", Intensity = 8 };

        var result = _composer.Compose(answers, Evaluator.Evaluate(answers), "en");

        Assert.Contains(IntakeContent.Catalog.Text("en", "triage.reasons.severe-pain"), result.Paragraphs[1]);
        Assert.Contains(IntakeContent.Catalog.Text("en", "triage.reasons.recurring-weeks"), result.Paragraphs[1]);
        Assert.Equal(["severe-pain", "recurring-weeks"], result.RuleIds);
    }

    [Fact]
    public void Compose_NamedTriggers_TeachWhatHelpsForEachAndNoOther()
    {
        var answers = QuietAnswers.Patient with { Triggers = ["stress", "dehydration"] };

        var text = string.Join("\n", _composer.Compose(answers, Evaluator.Evaluate(answers), "en").Paragraphs);

        Assert.Contains(IntakeContent.Catalog.Text("en", "education.triggers.stress"), text);
        Assert.Contains(IntakeContent.Catalog.Text("en", "education.triggers.dehydration"), text);
        Assert.DoesNotContain(IntakeContent.Catalog.Text("en", "education.triggers.cold"), text);
        Assert.Contains(IntakeContent.Catalog.Text("en", "education.spasm"), text);
    }

    [Fact]
    public void Compose_NerveSigns_AddsTheNeutralNoteOnlyThen()
    {
        var withSigns = QuietAnswers.Patient with { Nerve = ["blinking"] };

        var signs = string.Join("\n", _composer.Compose(withSigns, Evaluator.Evaluate(withSigns), "en").Paragraphs);
        var none = string.Join("\n", _composer.Compose(QuietAnswers.Patient, Evaluator.Evaluate(QuietAnswers.Patient), "en").Paragraphs);

        Assert.Contains(IntakeContent.Catalog.Text("en", "education.nerve-note"), signs);
        Assert.DoesNotContain(IntakeContent.Catalog.Text("en", "education.nerve-note"), none);
    }

    [Fact]
    public void Compose_Appointment_OffersTherapyTheClinicAndNextActions()
    {
        var answers = QuietAnswers.Patient with { Intensity = 8 };

        var result = _composer.Compose(answers, Evaluator.Evaluate(answers), "en");

        Assert.Contains(result.Paragraphs, p => p.Contains("TENS", StringComparison.Ordinal));
        Assert.Equal([new Uri("tel:+17033548111")], result.Card.Calls.Select(c => c.Target));
        Assert.Contains("(703) 354-8111", result.Card.Fallback, StringComparison.Ordinal);
        Assert.Equal([ResultAction.Summary, ResultAction.Restart], result.Actions.Select(a => a.Code));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Compose_SelfCare_SaysWhatHelpsRightNowNotTheClinicsTools(string language)
    {
        var result = _composer.Compose(QuietAnswers.Patient, Evaluator.Evaluate(QuietAnswers.Patient), language);

        var text = string.Join("\n", result.Paragraphs);
        Assert.Equal(CareLevel.SelfCare, result.Level);
        Assert.Contains(IntakeContent.Catalog.Text(language, "result.now.title"), text, StringComparison.Ordinal);
        Assert.Contains(IntakeContent.Catalog.Text(language, "result.now.heat"), text, StringComparison.Ordinal);
        Assert.Contains(IntakeContent.Catalog.Text(language, "result.now.water"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("TENS", text, StringComparison.Ordinal);
        Assert.DoesNotContain(IntakeContent.Catalog.Text(language, "pt.title"), text, StringComparison.Ordinal);
        Assert.Equal([new Uri("tel:+17033548111")], result.Card.Calls.Select(c => c.Target));
    }

    [Theory]
    [InlineData("strain")]
    [InlineData("posture")]
    public void Compose_StrainOrPostureTrigger_TeachesWhatHelpsAndIsACommonCause(string trigger)
    {
        var answers = QuietAnswers.Patient with { Locations = ["back"], Triggers = [trigger] };

        var result = _composer.Compose(answers, Evaluator.Evaluate(answers), "en");

        Assert.Contains(IntakeContent.Catalog.Text("en", $"education.triggers.{trigger}"), string.Join("\n", result.Paragraphs), StringComparison.Ordinal);
        Assert.DoesNotContain("no-common-trigger", result.RuleIds);
    }

    [Fact]
    public void Compose_Emergency_Calls911AndTeachesNothing()
    {
        var answers = QuietAnswers.Patient with { Emergency = ["calf-clot"], Triggers = ["stress"] };

        var result = _composer.Compose(answers, Evaluator.Evaluate(answers), "en");

        Assert.Contains("911", result.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal([new Uri("tel:911")], result.Card.Calls.Select(c => c.Target));
        Assert.Equal(2, result.Paragraphs.Count);
        Assert.Equal(["emergency-sign"], result.RuleIds);
    }

    [Fact]
    public void Compose_BookingConfigured_CardOffersIt()
    {
        var booking = new Uri("https://clinic.example/book");

        var result = _composer.Compose(QuietAnswers.Patient, Evaluator.Evaluate(QuietAnswers.Patient), "es", new IntakeOptions { BookingUrl = booking });

        Assert.Equal([new CardLink(IntakeContent.Catalog.Text("es", "result.clinic.book"), booking)], result.Card.Bookings);
    }

    [Theory]
    [InlineData("en", "Call 911 now if")]
    [InlineData("es", "Llame al 911 de inmediato")]
    public void Compose_EveryLevelBelowEmergency_EndsWithTheSafetyNet(string language, string safetyNet)
    {
        foreach (var answers in new[] { QuietAnswers.Patient, QuietAnswers.Patient with { Intensity = 8 }, QuietAnswers.Patient with { Background = ["fever-unwell"] } })
        {
            var result = _composer.Compose(answers, Evaluator.Evaluate(answers), language);

            Assert.StartsWith(safetyNet, result.Paragraphs[^1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compose_Emergency_HasNoSafetyNetOnlyWhatToDoNow()
    {
        var answers = QuietAnswers.Patient with { Emergency = ["calf-clot"] };

        var result = _composer.Compose(answers, Evaluator.Evaluate(answers), "en");

        Assert.DoesNotContain(result.Paragraphs, p => p.StartsWith("Call 911 now if", StringComparison.Ordinal));
        Assert.Equal([new Uri("tel:911")], result.Card.Calls.Select(c => c.Target));
    }

    [Theory]
    [InlineData("self-care", "in a week")]
    [InlineData("appointment", "in the next few days")]
    [InlineData("urgent", "today")]
    public void Compose_EachLevel_SaysItsTimeFrame(string level, string timeFrame)
    {
        var answers = level switch
        {
            "appointment" => QuietAnswers.Patient with { Intensity = 8 },
            "urgent" => QuietAnswers.Patient with { Background = ["weight-loss"] },
            _ => QuietAnswers.Patient,
        };

        var result = _composer.Compose(answers, Evaluator.Evaluate(answers), "en");

        Assert.Equal(level, result.Level.Name());
        Assert.Contains(timeFrame, result.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NoSiteConfigured_CallsTheGroupsMainNumber()
    {
        var result = _composer.Compose(QuietAnswers.Patient, Evaluator.Evaluate(QuietAnswers.Patient), "en");

        Assert.Equal([new Uri("tel:+17033548111")], result.Card.Calls.Select(c => c.Target));
        Assert.Empty(result.Card.Bookings);
    }

    [Fact]
    public void Compose_SitesConfigured_OneCallEachWrittenForPeopleAndTheSharedBookingOnce()
    {
        var clinic = new IntakeOptions
        {
            BookingUrl = new Uri("https://clinic.example/book"),
            Sites = [new ClinicSite { Name = "Falls Church", Phone = "17035550101" }, new ClinicSite { Name = "Madrid", Phone = "+34910000000", PhoneDisplay = "910 00 00 00" }],
        };

        var card = _composer.Compose(QuietAnswers.Patient, Evaluator.Evaluate(QuietAnswers.Patient), "es", clinic).Card;

        Assert.Equal([("Llamar a Falls Church", "tel:+17035550101"), ("Llamar a Madrid", "tel:+34910000000")], card.Calls.Select(c => (c.Label, c.Target.OriginalString)));
        Assert.Equal(["https://clinic.example/book"], card.Bookings.Select(b => b.Target.OriginalString));
        Assert.Contains("Falls Church: 17035550101", card.Text, StringComparison.Ordinal);
        Assert.Contains("Madrid: 910 00 00 00", card.Fallback, StringComparison.Ordinal);
    }
}
