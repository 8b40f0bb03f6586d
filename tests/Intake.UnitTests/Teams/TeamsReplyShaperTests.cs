using System.Text.Json;
using Intake.Bots.Teams;
using Intake.Schema;

namespace Intake.UnitTests.Teams;

public sealed class TeamsReplyShaperTests
{
    [Fact]
    public void FourSuggestedActions_BecomeOneCardOfImBackSubmits()
    {
        var reply = Reply("Where is the spasm?", "Back", "Legs", "Neck", "Somewhere else");

        var shaped = Assert.Single(TeamsReplyShaper.Shape(reply, personal: true));

        Assert.Null(shaped.SuggestedActions);
        Assert.Equal("Where is the spasm?", shaped.Summary);
        var card = Assert.Single(shaped.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        var actions = card.Content!.Value.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(4, actions.Count);
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.Equal("Somewhere else", actions[3].GetProperty("data").GetProperty("msteams").GetProperty("value").GetString());
        Assert.Equal("imBack", actions[3].GetProperty("data").GetProperty("msteams").GetProperty("type").GetString());
        Assert.Equal("Where is the spasm?", card.Content.Value.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void ThreeSuggestedActions_InAPersonalChat_StaySuggestedActions()
    {
        var reply = Reply("OK?", "Yes", "No", "Help");

        var shaped = Assert.Single(TeamsReplyShaper.Shape(reply, personal: true));

        Assert.Same(reply, shaped);
    }

    [Fact]
    public void SuggestedActions_InAGroupChat_BecomeACard()
    {
        var shaped = Assert.Single(TeamsReplyShaper.Shape(Reply("OK?", "Yes", "No"), personal: false));

        Assert.Null(shaped.SuggestedActions);
        Assert.Single(shaped.Attachments!);
    }

    [Fact]
    public void TextOverTheTeamsLimit_SplitIntoMessagesUnderIt_WordsKeptInOrder_ButtonsOnTheLast()
    {
        var words = Enumerable.Range(0, 12_000).Select(i => $"word{i}").ToList();
        var reply = Reply(string.Join(' ', words), "Yes", "No");

        var shaped = TeamsReplyShaper.Shape(reply, personal: true).ToList();

        Assert.True(shaped.Count > 1);
        Assert.All(shaped, a => Assert.True(JsonSerializer.SerializeToUtf8Bytes(a, SchemaJsonContext.Default.Activity).Length <= TeamsReplyShaper.MaxActivityBytes));
        Assert.Equal(words, shaped.SelectMany(a => a.Text!.Split(' ')).ToList());
        Assert.All(shaped[..^1], a => Assert.Null(a.SuggestedActions));
        Assert.NotNull(shaped[^1].SuggestedActions);
    }

    [Fact]
    public void OneHugeWordOfNonAsciiText_SplitWithoutBreakingCharacters()
    {
        var text = string.Concat(Enumerable.Repeat("é😀", 20_000));
        var reply = new Activity { Type = ActivityTypes.Message, Text = text };

        var shaped = TeamsReplyShaper.Shape(reply, personal: true).ToList();

        Assert.True(shaped.Count > 1);
        Assert.Equal(text, string.Concat(shaped.Select(a => a.Text)));
        Assert.All(shaped, a => Assert.True(JsonSerializer.SerializeToUtf8Bytes(a, SchemaJsonContext.Default.Activity).Length <= TeamsReplyShaper.MaxActivityBytes));
    }

    private static Activity Reply(string text, params string[] choices) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        SuggestedActions = new SuggestedActions
        {
            Actions = [.. choices.Select(c => new CardAction { Type = ActionTypes.ImBack, Title = c, Value = JsonSerializer.SerializeToElement(c, SchemaJsonContext.Default.String) })],
        },
    };
}
