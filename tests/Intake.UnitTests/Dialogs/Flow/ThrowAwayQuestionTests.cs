using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.State;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.Dialogs.Records;
using Intake.Dialogs.Results;
using Intake.Dialogs.Triage;
using Intake.UnitTests.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Flow;

/// <summary>Adding a question is adding a row and its content: everything that lists questions reads the table.</summary>
public sealed class ThrowAwayQuestionTests
{
    private static readonly IReadOnlyList<IntakeQuestion> Table = [.. IntakeQuestions.All, ThrowAwayQuestion.Row];

    [Fact]
    public void Summary_RowAddedToTheTable_ShowsItsLineInItsLabels()
    {
        var composer = new SummaryComposer(ThrowAwayQuestion.Content, [IntakeQuestions.Location, ThrowAwayQuestion.Row]);

        var summary = composer.Compose(new IntakeAnswers { Locations = ["neck"], Triggers = ["badly"] }, "es");

        Assert.Equal("- Sueño: Mal", summary.Split('\n')[^1]);
    }

    [Fact]
    public void AnswerFields_RowAddedToTheTable_IsAFieldTheRulesMayName()
    {
        var fields = AnswerFields.From(Table);

        var field = fields[ThrowAwayQuestion.Step];
        Assert.Equal(AnswerFieldKind.Codes, field.Kind);
        Assert.Equal(ThrowAwayQuestion.Codes, field.Codes);
        Assert.Equal(["well"], field.ReadCodes(new IntakeAnswers { Triggers = ["well"] }));
        Assert.Equal(AnswerFields.ByName.Count + 1, fields.Count);
    }

    [Fact]
    public void Dialogs_RowAddedToTheTable_AskItAfterTheOthersAndOfferToChangeIt()
    {
        var content = ThrowAwayQuestion.Content;
        var outcome = TestIntakeFlow.Outcome(content, new IntakeRecordStore(new MemoryStorage()));

        var dialogs = IntakeDialog.Register(new DialogSet(), new QuestionSources(content, UnderstandingData.Reader), Table, outcome);
        var runner = new DialogRunner(dialogs, content, new DialogRunnerOptions { RootDialogId = IntakeDialog.Id, FlowVersion = "throwaway" });

        Assert.NotNull(runner);
        var waterfall = Assert.IsType<WaterfallDialog<IntakeAnswers>>(dialogs.Find(IntakeDialog.Id));
        Assert.Equal([.. Table.Select(q => q.Step), IntakeSteps.Confirm, IntakeDialog.ReviewStep, IntakeDialog.ChangeStep], waterfall.StepNames);
        var which = Assert.IsType<PromptDialog>(dialogs.Find(IntakeDialog.WhichPrompt));
        Assert.Equal(ThrowAwayQuestion.Row.ChangeCode, which.Choices!.Items[^1].Code);
        Assert.Equal(ThrowAwayQuestion.Row.PromptKey, Assert.IsType<PromptDialog>(dialogs.Find(ThrowAwayQuestion.Step)).Options.PromptKey);
    }

    [Fact]
    public void Triage_RuleNamesTheRowAddedToTheTable_DecidesByItsAnswer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"intake-throwaway-rules-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, """
            rules:
              - id: sleeps-badly
                level: appointment
                when: { field: sleep, anyOf: [badly] }
                explain: sleep.explain
              - id: fallback
                level: self-care
                when: always
                explain: sleep.explain
            """);
        var rules = TriageRuleSet.Load(path, ThrowAwayQuestion.Content, AnswerFields.From(Table));
        File.Delete(path);

        var decision = new TriageEvaluator(rules).Evaluate(new IntakeAnswers { Triggers = ["badly"] });

        Assert.Equal(CareLevel.Appointment, decision.Level);
        Assert.Equal(["sleeps-badly"], decision.RuleIds);
    }
}
