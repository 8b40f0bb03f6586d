using System.Net;
using System.Text.Json;
using Intake.Bots.State;
using Intake.IntegrationTests.EndToEnd;
using Intake.Schema;

namespace Intake.IntegrationTests.Teams;

/// <summary>Teams-shaped conversations, signed like Azure Bot Service's, answered through the connector.</summary>
public sealed class TeamsTranscriptTests(TeamsHostFixture fixture) : IClassFixture<TeamsHostFixture>
{
    [Fact]
    public async Task PersonalChat_AppInstalled_WelcomesOnce_ThenTheInstallEventSaysNothing()
    {
        var chat = fixture.Personal();

        var welcome = await chat.InstallAsync();
        var install = await chat.SendAsync(chat.Build(ActivityTypes.InstallationUpdate) with { Action = "add" });
        var again = await chat.SendAsync(chat.Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [chat.Bot, chat.User] });

        Assert.NotEmpty(welcome);
        Assert.NotNull(TeamsCards.SubmitFor(welcome, "yes"));
        Assert.Empty(install);
        Assert.Empty(again);
    }

    [Fact]
    public async Task PersonalChat_IntakeAnsweredWithCardSubmits_ReachesACareLevel()
    {
        var chat = fixture.Personal();
        var replies = await chat.InstallAsync();
        var submits = 0;

        foreach (var answer in IntakeScript.Typed.Append("yes"))
        {
            Assert.All(replies, r => Assert.Null(r.SuggestedActions));
            if (TeamsCards.SubmitFor(replies, answer) is { } value)
            {
                submits++;
                replies = await chat.SubmitAsync(value, replies[^1].ReplyToId);
            }
            else
            {
                replies = await chat.SayAsync(answer);
            }
        }

        Assert.True(submits >= 3, $"only {submits} answers were card submits");
        var outcome = Assert.Single(replies, r => r.ChannelData is { } data && data.TryGetProperty("intake", out var intake) && intake.TryGetProperty("careLevel", out _));
        Assert.Contains(outcome.ChannelData!.Value.GetProperty("intake").GetProperty("careLevel").GetString(), new[] { "emergency", "urgent", "appointment", "self-care" });
        Assert.All(fixture.Connector.Calls.Where(c => c.ConversationId == chat.ConversationId), c => Assert.StartsWith("Bearer access-token-", c.Authorization, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GroupChat_MessageWithoutMention_RunsNoTurn()
    {
        var group = fixture.Group();

        var replies = await group.SayAsync("help");

        Assert.Empty(replies);
        Assert.Null(await fixture.Auth.Storage.ReadAsync(StateKeys.Conversation(TeamsConversation.ChannelId, group.ConversationId), CancellationToken.None));
    }

    [Fact]
    public async Task GroupChat_MessageWithMention_IsAnsweredAsIfTheMentionWasNotThere()
    {
        var group = fixture.Group();
        var personal = fixture.Personal();

        var mentioned = await group.SayAsync("help", mention: true);
        var plain = await personal.SayAsync("help");

        Assert.NotEmpty(mentioned);
        Assert.Equal(Texts(plain), Texts(mentioned));
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task TeamEvents_InGroupScopes_AreAnsweredWithNothing(string scope)
    {
        var group = fixture.Group(scope);
        var channelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["eventType"] = "channelRenamed" });

        var added = await group.SendAsync(group.Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [group.Bot] });
        var memberJoined = await group.SendAsync(group.Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [new ChannelAccount { Id = "29:someone-else" }] });
        var renamed = await group.SendAsync(group.Build(ActivityTypes.ConversationUpdate) with { ChannelData = channelData });
        var installed = await group.SendAsync(group.Build(ActivityTypes.InstallationUpdate) with { Action = "add" });

        Assert.Empty(added);
        Assert.Empty(memberJoined);
        Assert.Empty(renamed);
        Assert.Empty(installed);
    }

    [Fact]
    public async Task PersonalChat_OtherTeamsEvents_NoCrashNoReply()
    {
        var chat = fixture.Personal();
        await chat.InstallAsync();
        MessageReaction[] reaction = [new("like")];

        var events = new[]
        {
            chat.Build(ActivityTypes.MessageReaction) with { ReactionsAdded = reaction, ReplyToId = "1000" },
            chat.Build(ActivityTypes.MessageUpdate) with { Text = "edited" },
            chat.Build(ActivityTypes.MessageDelete),
            chat.Build(ActivityTypes.InstallationUpdate) with { Action = "add-upgrade" },
            chat.Build(ActivityTypes.InstallationUpdate) with { Action = "remove" },
            chat.Build(ActivityTypes.ConversationUpdate) with { MembersRemoved = [chat.Bot] },
            chat.Build(ActivityTypes.Event) with { Name = "application/vnd.microsoft.meetingStart" },
        };

        foreach (var activity in events)
        {
            Assert.Empty(await chat.SendAsync(activity));
        }

        using var invoke = await chat.PostAsync(chat.Build(ActivityTypes.Invoke) with { Name = "composeExtension/query" });
        Assert.True(invoke.StatusCode is HttpStatusCode.NotImplemented or HttpStatusCode.OK, $"invoke answered {invoke.StatusCode}");
    }

    [Fact]
    public async Task PersonalChat_VeryLongMessage_EveryReplyFitsATeamsMessage()
    {
        var chat = fixture.Personal();
        await chat.InstallAsync();

        var replies = await chat.SayAsync(string.Join(' ', Enumerable.Repeat("my back has been tight and sore for days", 500)));

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.True(JsonSerializer.SerializeToUtf8Bytes(r, SchemaJsonContext.Default.Activity).Length < 28_000));
    }

    [Fact]
    public async Task PersonalChat_ConnectorThrottles429_ReplyDeliveredOnRetry()
    {
        var chat = fixture.Personal();
        fixture.Connector.FailNext(1, HttpStatusCode.TooManyRequests);

        var calls = await chat.InstallAsync();

        // The throttled call and its retry both reached the connector; every welcome message went out once more than that.
        Assert.True(calls.Count >= 2);
        Assert.Equal(calls.Count - 1, Texts(calls).Distinct().Count());
        Assert.Equal(Texts(calls)[0], Texts(calls)[1]);
    }

    private static List<string?> Texts(IEnumerable<Activity> replies) => [.. replies.Select(r => r.Text ?? r.Summary)];
}
