using System.Text.Json;
using Intake.Bots.Capabilities;
using Intake.Dialogs.Results;
using Intake.Dialogs.Triage;
using Intake.Schema;
using Intake.UnitTests.Dialogs.Triage;

namespace Intake.UnitTests.Dialogs.Results;

public sealed class ResultActivityTests
{
    private static readonly TriageEvaluator Evaluator = new(IntakeContent.Rules);
    private static readonly ResultComposer Composer = new(IntakeContent.Catalog);

    private static ResultMessage Urgent()
    {
        var answers = QuietAnswers.Patient with { RedFlags = ["losing-mobility"], Intensity = 8 };
        return Composer.Compose(answers, Evaluator.Evaluate(answers), "en");
    }

    [Fact]
    public void Render_Result_TextStartsWithTheLevelAndChannelDataCarriesTheOutcome()
    {
        var activity = ResultActivity.Render(Urgent(), ChannelCapabilities.WebChat, "user-1");

        Assert.StartsWith(IntakeContent.Catalog.Text("en", "result.level.urgent"), activity.Text, StringComparison.Ordinal);
        var intake = activity.ChannelData!.Value.GetProperty("intake");
        Assert.Equal("urgent", intake.GetProperty("careLevel").GetString());
        Assert.Equal(["mobility-loss-severe-pain"], intake.GetProperty("ruleIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Render_WebChat_AdaptiveCardWithTelActionAndSuggestedActions()
    {
        var activity = ResultActivity.Render(Urgent(), ChannelCapabilities.WebChat, "user-1");

        var card = Assert.Single(activity.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        var content = card.Content!.Value;
        Assert.Equal("1.5", content.GetProperty("version").GetString());
        Assert.Contains("(703) 354-8111", content.GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
        var call = content.GetProperty("actions")[0];
        Assert.Equal("Action.OpenUrl", call.GetProperty("type").GetString());
        Assert.Equal("tel:+17033548111", call.GetProperty("url").GetString());
        Assert.Equal(["See my summary", "Start over"], activity.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public void Render_Teams_ActionsGoOnTheCardAsImBack()
    {
        var activity = ResultActivity.Render(Urgent(), ChannelCapabilities.Teams, "user-1");

        Assert.Null(activity.SuggestedActions);
        var actions = activity.Attachments![0].Content!.Value.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal("tel:+17033548111", actions[0].GetProperty("url").GetString());
        var summary = actions.Single(a => a.GetProperty("title").GetString() == "See my summary");
        Assert.Equal("imBack", summary.GetProperty("data").GetProperty("msteams").GetProperty("type").GetString());
    }

    [Fact]
    public void Render_NoAdaptiveCards_HeroCardWithCallActionAndFallbackInText()
    {
        var activity = ResultActivity.Render(Urgent(), ChannelCapabilities.PlainText, null);

        var card = Assert.Single(activity.Attachments!);
        Assert.Equal(ContentTypes.HeroCard, card.ContentType);
        var hero = card.Content!.Value.Deserialize(SchemaJsonContext.Default.HeroCard)!;
        Assert.Equal(ActionTypes.Call, hero.Buttons![0].Type);
        Assert.Equal("tel:+17033548111", hero.Buttons[0].Value!.Value.GetString());
        Assert.EndsWith(IntakeContent.Catalog.Text("en", "result.clinic.fallback"), activity.Text, StringComparison.Ordinal);
    }
}
