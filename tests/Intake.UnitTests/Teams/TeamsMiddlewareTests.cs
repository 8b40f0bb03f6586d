using Intake.Bots.Teams;
using Intake.Bots.Turns;
using Intake.Schema;
using Intake.UnitTests.Bots.Turns;

namespace Intake.UnitTests.Teams;

public sealed class TeamsMiddlewareTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:app", Name = "Intake" };
    private static readonly ChannelAccount Patient = new() { Id = "29:patient", Name = "Pat" };

    [Fact]
    public async Task GroupChatMessage_MentioningTheBot_BotReadsTheTextWithoutTheMention()
    {
        var bot = new RecordingBot();
        var message = Message("groupChat", "<at>Intake</at> I have a cramp") with { Entities = [Mention(Bot, "<at>Intake</at>")] };

        await TestAdapter.Create(bot, new TeamsMiddleware()).ProcessAsync(message, TurnCaller.Anonymous, CancellationToken.None);

        Assert.Equal("I have a cramp", Assert.Single(bot.Seen).Text);
    }

    [Fact]
    public async Task GroupChatMessage_MentioningSomeoneElse_NoTurn()
    {
        var bot = new RecordingBot();
        var message = Message("channel", "<at>Sam</at> lunch?") with { Entities = [Mention(new ChannelAccount { Id = "29:sam", Name = "Sam" }, "<at>Sam</at>")] };

        await TestAdapter.Create(bot, new TeamsMiddleware()).ProcessAsync(message, TurnCaller.Anonymous, CancellationToken.None);

        Assert.Empty(bot.Seen);
    }

    [Fact]
    public void MentionWithoutText_StrippedByTheMentionedName_CaseAside()
    {
        var message = Message("groupChat", "<AT>intake</AT> yes") with { Entities = [new Entity { Type = "mention", Mentioned = Bot }] };

        Assert.Equal("yes", TeamsMentions.StripBotMentions(message));
    }

    [Fact]
    public async Task GroupChatConversationUpdate_NoTurn()
    {
        var bot = new RecordingBot();
        var update = Message("groupChat", null) with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [Bot, Patient] };

        await TestAdapter.Create(bot, new TeamsMiddleware()).ProcessAsync(update, TurnCaller.Anonymous, CancellationToken.None);

        Assert.Empty(bot.Seen);
    }

    [Fact]
    public async Task OtherChannel_PassesUntouched()
    {
        var bot = new RecordingBot();
        var message = Message("groupChat", "<at>Intake</at> hi") with { ChannelId = Channels.WebChat, Entities = [Mention(Bot, "<at>Intake</at>")] };

        await TestAdapter.Create(bot, new TeamsMiddleware()).ProcessAsync(message, TurnCaller.Anonymous, CancellationToken.None);

        Assert.Equal("<at>Intake</at> hi", Assert.Single(bot.Seen).Text);
    }

    private static Activity Message(string scope, string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = Channels.MsTeams,
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        Conversation = new ConversationAccount { Id = "19:x@thread.v2", ConversationType = scope },
        From = Patient,
        Recipient = Bot,
        Text = text,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    private static Entity Mention(ChannelAccount who, string text) => new() { Type = "mention", Mentioned = who, Text = text };

    private sealed class RecordingBot : IBot
    {
        public List<Activity> Seen { get; } = [];

        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            Seen.Add(turn.Activity);
            return Task.CompletedTask;
        }
    }
}
