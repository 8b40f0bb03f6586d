using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.IntegrationTests.Auth;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;

namespace Intake.IntegrationTests.Teams;

/// <summary>
/// One Teams conversation as Azure Bot Service delivers it: Teams ids (<c>28:</c>, <c>29:</c>, <c>a:</c> or
/// <c>19:…@thread</c>), the tenant, a signed Bot Framework token vouching for the connector, normal delivery.
/// The bot's replies are what reached the connector while the channel's POST was answered.
/// </summary>
public sealed class TeamsConversation(AuthHost auth, FakeConnector connector, string conversationType = "personal")
{
    private const string TenantId = "72f988bf-0000-4000-8000-000000000001";
    private int _sequence;

    public string ConversationId { get; } = conversationType == "personal"
        ? "a:1" + Guid.NewGuid().ToString("N")
        : "19:" + Guid.NewGuid().ToString("N") + "@thread.v2";

    public ChannelAccount User { get; } = new() { Id = "29:1" + Guid.NewGuid().ToString("N"), Name = "Pat Patient", AadObjectId = Guid.NewGuid().ToString() };

    public ChannelAccount Bot { get; } = new() { Id = "28:" + auth.AppId, Name = "Intake" };

    public static string ChannelId => Channels.MsTeams;

    /// <summary>What Teams sends when the app is added to a personal chat: the bot and the user in membersAdded.</summary>
    public Task<IReadOnlyList<Activity>> InstallAsync()
        => SendAsync(Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [Bot, User] });

    /// <summary>A typed message; with <paramref name="mention"/>, addressed to the bot with an @mention, as group chats require.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string text, bool mention = false)
    {
        var message = Build(ActivityTypes.Message) with { Text = mention ? $"<at>{Bot.Name}</at> {text}" : text };
        if (mention)
        {
            var entity = new Entity { Type = "mention", Text = $"<at>{Bot.Name}</at>", Mentioned = new ChannelAccount { Id = Bot.Id, Name = Bot.Name } };
            message = message with { Entities = [entity, ClientInfo()] };
        }

        return SendAsync(message);
    }

    /// <summary>An Adaptive Card Action.Submit: no text, the data in value, replyToId the card's message.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(JsonElement value, string? cardId)
        => SendAsync(Build(ActivityTypes.Message) with { Value = value, ReplyToId = cardId });

    /// <summary>Posts a signed activity; asserts the channel got 200 and returns the messages the bot sent.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var before = connector.Calls.Count;
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. connector.Calls.Skip(before).Select(c => c.Activity!).Where(a => a.IsType(ActivityTypes.Message))];
    }

    public async Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        var token = ChannelTokens.Sign(auth.Issuer.ChannelKey, ChannelTokens.BotFramework(auth.AppId, connector.ServiceUrl));
        return await auth.PostAsync(activity, token);
    }

    public Activity Build(string type) => new()
    {
        Type = type,
        Id = $"1{Interlocked.Increment(ref _sequence):D12}",
        ChannelId = ChannelId,
        ServiceUrl = connector.ServiceUrl,
        Timestamp = DateTimeOffset.UtcNow,
        Locale = "en-US",
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = conversationType, TenantId = TenantId, IsGroup = conversationType == "personal" ? null : true },
        From = User,
        Recipient = Bot,
        Entities = [ClientInfo()],
        ChannelData = JsonSerializer.SerializeToElement(new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } }),
    };

    private static Entity ClientInfo()
        => JsonSerializer.Deserialize("""{"type":"clientInfo","locale":"en-US","country":"US","platform":"Web","timezone":"America/New_York"}""", SchemaJsonContext.Default.Entity)!;
}
