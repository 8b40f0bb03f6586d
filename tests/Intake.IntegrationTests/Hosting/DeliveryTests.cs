using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;

namespace Intake.IntegrationTests.Hosting;

public sealed class DeliveryTests(ProtocolHostFixture fixture) : IClassFixture<ProtocolHostFixture>
{
    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task NormalDelivery_Message_ReplyPostedToConnectorAndAddressedBack(string serviceUrlSuffix)
    {
        var client = new BotClient(fixture.Host.Client, "msteams");
        var conversationId = "a:1XyZ;messageid=" + Guid.NewGuid().ToString("N");
        var inbound = client.Build(ActivityTypes.Message) with
        {
            Text = "hello",
            DeliveryMode = null,
            ServiceUrl = fixture.Connector.ServiceUrl + serviceUrlSuffix,
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = "t-1" },
        };

        using var response = await fixture.Host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var call = Assert.Single(fixture.Connector.Calls, c => c.ConversationId == conversationId && c.Activity?.Type == ActivityTypes.Message);
        Assert.Equal("POST", call.Method);
        Assert.Equal(inbound.Id, call.ActivityId);
        var reply = call.Activity!;
        Assert.Equal("count 1", reply.Text);
        Assert.Equal(client.Bot.Id, reply.From?.Id);
        Assert.Equal(client.User.Id, reply.Recipient?.Id);
        Assert.Equal(conversationId, reply.Conversation?.Id);
        Assert.Equal("t-1", reply.Conversation?.TenantId);
        Assert.Null(reply.Conversation?.ConversationType);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("en-US", reply.Locale);
        Assert.NotNull(reply.Timestamp);
        Assert.Empty(call.Authorization);
    }

    [Fact]
    public async Task NormalDelivery_ConnectorThrottlesOnce_ReplyRetriedAndDelivered()
    {
        var client = new BotClient(fixture.Host.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", DeliveryMode = null, ServiceUrl = fixture.Connector.ServiceUrl };
        fixture.Connector.FailNext(1, HttpStatusCode.TooManyRequests);

        using var response = await fixture.Host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = fixture.Connector.Calls.Where(c => c.ConversationId == client.ConversationId).ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Equal("count 1", c.Activity?.Text));
    }

    [Fact]
    public async Task NormalDelivery_ConnectorRefusedTheReply_Answers502AndTheRetryDeliversItWithoutASecondTurn()
    {
        var client = new BotClient(fixture.Host.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", DeliveryMode = null, ServiceUrl = fixture.Connector.ServiceUrl };
        fixture.Connector.FailNext(10, HttpStatusCode.Forbidden);

        using var response = await fixture.Host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        fixture.Connector.FailNext(0, HttpStatusCode.OK);
        var refused = fixture.Connector.Calls.Count(c => c.ConversationId == client.ConversationId);
        using var retry = await fixture.Host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);
        using var again = await fixture.Host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);
        using var next = await fixture.Host.Client.PostAsJsonAsync("/api/messages", client.Build(ActivityTypes.Message) with { Text = "again", DeliveryMode = null, ServiceUrl = fixture.Connector.ServiceUrl }, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("403", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var delivered = fixture.Connector.Calls.Where(c => c.ConversationId == client.ConversationId).Skip(refused).Select(c => (c.Activity?.Text, c.Activity?.ReplyToId)).ToList();
        Assert.Equal(["count 1", "count 2"], delivered.Select(d => d.Text));
        Assert.Equal(inbound.Id, delivered[0].ReplyToId);
    }

    [Fact]
    public async Task NormalDelivery_ConnectorUnreachableThenBack_TheRetryDeliversTheLostReply()
    {
        var client = new BotClient(fixture.Host.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", DeliveryMode = null, ServiceUrl = "http://127.0.0.1:9" };

        using var response = await fixture.Host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);
        using var retry = await fixture.Host.Client.PostAsJsonAsync("/api/messages", inbound with { ServiceUrl = fixture.Connector.ServiceUrl }, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var texts = fixture.Connector.Calls.Where(c => c.ConversationId == client.ConversationId).Select(c => c.Activity?.Text).ToList();
        Assert.Equal(["count 1"], texts);
    }

    [Fact]
    public async Task NormalDelivery_NothingListensAtServiceUrl_Answers502WithAReason()
    {
        var client = new BotClient(fixture.Host.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", DeliveryMode = null, ServiceUrl = "http://127.0.0.1:9" };

        using var response = await fixture.Host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("could not be reached", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NormalDelivery_SlowTurn_TypingIndicatorArrivesBeforeTheReply()
    {
        var client = new BotClient(fixture.Host.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "slow", DeliveryMode = null, ServiceUrl = fixture.Connector.ServiceUrl };

        using var response = await fixture.Host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        response.EnsureSuccessStatusCode();
        var types = fixture.Connector.Calls.Where(c => c.ConversationId == client.ConversationId).Select(c => c.Activity?.Type).ToList();
        Assert.Equal(ActivityTypes.Typing, types[0]);
        Assert.Equal(ActivityTypes.Message, types[^1]);
    }

    [Fact]
    public async Task NormalDelivery_ChannelRetriesTheSamePost_TurnRunsOnce()
    {
        var client = new BotClient(fixture.Host.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", DeliveryMode = null, ServiceUrl = fixture.Connector.ServiceUrl };

        using var first = await fixture.Host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);
        using var retry = await fixture.Host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);
        using var next = await fixture.Host.Client.PostAsJsonAsync("/api/messages", client.Build(ActivityTypes.Message) with { Text = "again", DeliveryMode = null, ServiceUrl = fixture.Connector.ServiceUrl }, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var texts = fixture.Connector.Calls.Where(c => c.ConversationId == client.ConversationId).Select(c => c.Activity?.Text).ToList();
        Assert.Equal(["count 1", "count 2"], texts);
    }

    [Fact]
    public async Task ExpectReplies_Message_RepliesComeBackInTheResponse()
    {
        var client = new BotClient(fixture.Host.Client);

        var replies = await client.SayAsync("hello");

        var reply = Assert.Single(replies);
        Assert.Equal("count 1", reply.Text);
        Assert.False(string.IsNullOrEmpty(reply.Id));
        Assert.Equal(client.User.Id, reply.Recipient?.Id);
        Assert.DoesNotContain(fixture.Connector.Calls, c => c.ConversationId == client.ConversationId);
    }

    [Fact]
    public async Task Invoke_BotAnswers_StatusAndBodyReturned()
    {
        var client = new BotClient(fixture.Host.Client);
        var invoke = client.Build(ActivityTypes.Invoke) with { Name = "probe/ping", DeliveryMode = null, ServiceUrl = fixture.Connector.ServiceUrl };

        using var response = await fixture.Host.Client.PostAsJsonAsync("/api/messages", invoke, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(42, body.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Invoke_BotHasNoAnswer_Answers501()
    {
        var client = new BotClient(fixture.Host.Client);
        var invoke = client.Build(ActivityTypes.Invoke) with { Name = "composeExtension/query", DeliveryMode = null, ServiceUrl = fixture.Connector.ServiceUrl };

        using var response = await fixture.Host.Client.PostAsJsonAsync("/api/messages", invoke, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_IsIgnoredPolitely()
    {
        var client = new BotClient(fixture.Host.Client);

        var replies = await client.SendAsync(client.Build("somethingFromTheFuture"));

        Assert.Empty(replies);
    }
}
