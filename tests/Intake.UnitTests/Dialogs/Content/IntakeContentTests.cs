using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Triage;

namespace Intake.UnitTests.Dialogs.Content;

/// <summary>The intake's content files are complete in both languages and unambiguous.</summary>
public sealed class IntakeContentTests
{
    public static readonly TheoryData<string, string> QuestionCodes = Codes();

    private static readonly string[] Languages = ["en", "es"];

    private static TheoryData<string, string> Codes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (step, codes) in ChoiceQuestions.ByStep)
        {
            foreach (var code in codes)
            {
                data.Add(step, code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QuestionCodes))]
    public void Choice_EveryCode_HasAShortLabelAndSynonymsInBothLanguages(string step, string code)
    {
        foreach (var language in Languages)
        {
            // One line of a button on a phone; a plain Spanish label ("Primera vez, sin causa conocida") runs longer than its English.
            var label = IntakeContent.Catalog.Text(language, $"{step}.choices.{code}.label");
            Assert.InRange(label.Length, 1, 32);
            Assert.NotEmpty(IntakeContent.Catalog.List(language, $"{step}.choices.{code}.synonyms"));
        }
    }

    [Theory]
    [InlineData("duration")]
    [InlineData("history")]
    [InlineData("worsening")]
    [InlineData("intensity")]
    [InlineData("symptoms")]
    [InlineData("triggers")]
    [InlineData("redflags")]
    [InlineData("nerve")]
    [InlineData("confirm")]
    public void Question_Every_HasPromptAndRetry(string step)
    {
        Assert.True(IntakeContent.Catalog.Has($"{step}.prompt"));
        Assert.True(IntakeContent.Catalog.Has($"{step}.retry"));
    }

    [Theory]
    [InlineData("duration")]
    [InlineData("history")]
    [InlineData("worsening")]
    [InlineData("symptoms")]
    [InlineData("triggers")]
    [InlineData("redflags")]
    [InlineData("nerve")]
    [InlineData("confirm")]
    public void Synonyms_NoPhraseMeansTwoCodesOfOneQuestion(string step)
    {
        foreach (var language in Languages)
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in IntakeContent.Catalog.KeysStartingWith($"{step}.choices.").Where(k => k.EndsWith(".synonyms", StringComparison.Ordinal)))
            {
                foreach (var phrase in IntakeContent.Catalog.List(language, key))
                {
                    var normalized = TextNormalizer.Normalize(phrase);
                    Assert.True(owners.TryAdd(normalized, key) || owners[normalized] == key, $"'{phrase}' ({language}) is under {owners.GetValueOrDefault(normalized)} and {key}");
                }
            }
        }
    }

    [Fact]
    public void Education_EveryTriggerAndEveryLevel_HasItsText()
    {
        Assert.All(AnswerCodes.Triggers, t => Assert.True(IntakeContent.Catalog.Has($"education.triggers.{t}"), t));
        Assert.All(CareLevelNames.All, l => Assert.True(IntakeContent.Catalog.Has($"result.level.{l}"), l));
    }

    [Fact]
    public void TriageReasons_EveryReason_IsUsedByARule()
    {
        var used = IntakeContent.Rules.Rules.Select(r => r.Explain).ToHashSet(StringComparer.Ordinal);

        Assert.All(IntakeContent.Catalog.KeysStartingWith("triage.reasons."), key => Assert.Contains(key, used));
    }

    [Fact]
    public void Intensity_WordsCoverTheWholeScale()
        => Assert.All(Enumerable.Range(0, 11), score => Assert.True(IntakeContent.Catalog.Has($"intensity.words.{score}"), $"{score}"));

    [Fact]
    public void ClinicContact_SaysTheNumberInBothLanguages()
    {
        foreach (var language in Languages)
        {
            Assert.Contains("(703) 354-8111", IntakeContent.Catalog.Text(language, "result.clinic.fallback"), StringComparison.Ordinal);
            Assert.Contains("911", IntakeContent.Catalog.Text(language, "result.level.emergency"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NerveNote_NamesTheConditionsWithoutSayingThePatientHasOne()
    {
        var note = IntakeContent.Catalog.Text("en", "education.nerve-note");

        Assert.Contains("dystonia", note, StringComparison.Ordinal);
        Assert.Contains("ALS", note, StringComparison.Ordinal);
        Assert.Contains("do not mean you have", note, StringComparison.Ordinal);
    }
}
