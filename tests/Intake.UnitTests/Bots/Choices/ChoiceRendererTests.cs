using System.Text.Json;
using Intake.Schema;
using Intake.UnitTests.Bots.Dialogs;

namespace Intake.UnitTests.Bots.Choices;

public sealed class ChoiceRendererTests
{
    private static async Task<Activity> AskAsync(string promptId, string channel)
    {
        var harness = new DialogHarness(c => TestFlows.Single(c, promptId), channel);
        return (await harness.SayAsync("start")).Single();
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task SingleChoice_WebChannels_GetsImBackSuggestedActionsForTheUser(string channel)
    {
        var prompt = await AskAsync("area", channel);

        Assert.Equal("Where does it hurt?", prompt.Text);
        Assert.Equal(["user-1"], prompt.SuggestedActions!.To);
        Assert.All(prompt.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal("Legs", prompt.SuggestedActions.Actions[2].Value?.GetString());
        Assert.Equal(InputHints.ExpectingInput, prompt.InputHint);
    }

    [Fact]
    public async Task SingleChoice_Teams_GetsAnAdaptiveCardWithOneSubmitPerChoice()
    {
        var prompt = await AskAsync("area", "msteams");

        var card = Assert.Single(prompt.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        var content = card.Content!.Value;
        Assert.Equal("1.5", content.GetProperty("version").GetString());
        var actions = content.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(4, actions.Count);
        Assert.Equal("Action.Submit", actions[0].GetProperty("type").GetString());
        Assert.Equal("Legs", actions[2].GetProperty("title").GetString());
        Assert.Equal("legs", actions[2].GetProperty("data").GetProperty("choice").GetString());
        Assert.Null(prompt.SuggestedActions);
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("msteams")]
    public async Task MultiChoice_AnyCardChannel_GetsAMultiSelectChoiceSetAndASubmitButton(string channel)
    {
        var prompt = await AskAsync("areas", channel);

        var content = prompt.Attachments!.Single().Content!.Value;
        var input = content.GetProperty("body").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Input.ChoiceSet");
        Assert.Equal("choices", input.GetProperty("id").GetString());
        Assert.True(input.GetProperty("isMultiSelect").GetBoolean());
        Assert.Equal(["back", "neck", "legs", "feet"], input.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Equal("Send", content.GetProperty("actions")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("area", "msteams")]
    [InlineData("areas", "emulator")]
    public async Task Card_Always_HasAPlainTextFallbackWithTheQuestionAndNumberedChoices(string promptId, string channel)
    {
        var prompt = await AskAsync(promptId, channel);

        Assert.Equal("Where does it hurt?\n\n1. Back\n2. Neck\n3. Legs\n4. Feet and toes", prompt.Summary);
        Assert.Equal("Where does it hurt?", prompt.Attachments!.Single().Content!.Value.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("area")]
    [InlineData("areas")]
    public async Task Choices_UnknownChannel_GetsANumberedTextList(string promptId)
    {
        var prompt = await AskAsync(promptId, "sms");

        Assert.Equal("Where does it hurt?\n\n1. Back\n2. Neck\n3. Legs\n4. Feet and toes", prompt.Text);
        Assert.Null(prompt.Attachments);
        Assert.Null(prompt.SuggestedActions);
    }

    [Fact]
    public async Task Prompt_WithChannelData_StampsItOnTheQuestion()
    {
        var prompt = await AskAsync("areas", "emulator");

        Assert.Equal("areas", prompt.ChannelData!.Value.GetProperty("test").GetProperty("step").GetString());
        Assert.Equal(JsonValueKind.Object, prompt.ChannelData.Value.ValueKind);
    }
}
