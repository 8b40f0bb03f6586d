using Intake.Bots.Cards;
using Intake.Schema;

namespace Intake.UnitTests.Bots.Cards;

public sealed class AdaptiveCardTests
{
    [Fact]
    public void ToAttachment_Card_WritesTheAdaptiveCardWireShape()
    {
        var card = new AdaptiveCard
        {
            FallbackText = "Call us.",
            Body = [new AdaptiveTextBlock { Text = "Clinic", Weight = "Bolder" }],
            Actions =
            [
                new AdaptiveOpenUrlAction { Title = "Call", Url = new Uri("tel:+15550100") },
                new AdaptiveSubmitAction { Title = "Start over", Data = new AdaptiveSubmitData { MsTeams = new TeamsImBack { Value = "Start over" } } },
                new AdaptiveSubmitAction { Title = "Back", Data = new AdaptiveSubmitData { Choice = "back" } },
            ],
        };

        var attachment = card.ToAttachment();

        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        Assert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","fallbackText":"Call us.","body":["""
            + """{"type":"TextBlock","text":"Clinic","weight":"Bolder","wrap":true}],"actions":[{"type":"Action.OpenUrl","title":"Call","url":"tel:\u002B15550100"},"""
            + """{"type":"Action.Submit","title":"Start over","data":{"msteams":{"type":"imBack","value":"Start over"}}},{"type":"Action.Submit","title":"Back","data":{"choice":"back"}}]}""",
            attachment.Content!.Value.GetRawText());
    }

    [Fact]
    public void ToAttachment_ChoiceSet_WritesTheInputAfterItsTypeWithWrappingChoices()
    {
        var card = new AdaptiveCard
        {
            Body = [new AdaptiveChoiceSetInput { Id = "choices", IsMultiSelect = true, Style = "expanded", Choices = [new AdaptiveChoice("Back", "back")] }],
            Actions = [new AdaptiveSubmitAction { Title = "Send" }],
        };

        var content = card.ToAttachment().Content!.Value.GetRawText();

        Assert.Contains(
            """[{"type":"Input.ChoiceSet","id":"choices","isMultiSelect":true,"style":"expanded","choices":[{"title":"Back","value":"back"}],"wrap":true}],"actions":[{"type":"Action.Submit","title":"Send"}]""",
            content,
            StringComparison.Ordinal);
    }
}
